namespace Sujuva.Analytics.Readers;

/// <summary>At most <c>length</c> bytes of a stream from its current position, counted for progress.</summary>
internal sealed class SectionStream(Stream inner, long length, ProgressCounter? progress) : Stream
{
    private long _left = length;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_left <= 0) return 0;
        var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
        _left -= n;
        progress?.Add(n);
        return n;
    }

    // Only the small look-back of the encoding check.
    public override long Seek(long offset, SeekOrigin origin)
    {
        if (origin != SeekOrigin.Current) throw new NotSupportedException();
        _left -= offset;
        progress?.Add(offset);
        return inner.Seek(offset, origin);
    }

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
