namespace Sujuva.Analytics.Readers;

/// <summary>At most <c>length</c> bytes of a stream from its current position, counted for progress.</summary>
internal sealed class SectionStream(Stream inner, long length, ProgressCounter? progress) : ReadOnlyStream(inner)
{
    private long _left = length;

    public override bool CanSeek => Inner.CanSeek;

    public override long Position { get => Inner.Position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        if (_left <= 0) return 0;
        var n = Inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
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
        return Inner.Seek(offset, origin);
    }
}
