namespace Sujuva.Analytics.Readers;

/// <summary>Reports (bytes read, total) every few megabytes and at the end; reading only.</summary>
internal sealed class ProgressStream(Stream inner, long total, Action<long, long> report) : Stream
{
    private const long Step = 4 << 20;
    private long _read;
    private long _next = Step;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin)
    {
        var p = inner.Seek(offset, origin);
        _read = p;
        return p;
    }

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        if (_read >= _next || (n == 0 && _read == total))
        {
            _next = _read + Step;
            report(_read, total);
        }
        return n;
    }
}
