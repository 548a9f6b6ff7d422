namespace Sujuva.Analytics.Readers;

/// <summary>
/// What the readers' stream wrappers share: forward-only, read-only, and owning the stream they
/// wrap (disposed with them). Each wrapper adds only its Read.
/// </summary>
internal abstract class ReadOnlyStream(Stream? owned) : Stream
{
    /// <summary>The wrapped stream (null only for a wrapper whose own thread owns it).</summary>
    protected Stream Inner => owned ?? throw new InvalidOperationException("This stream wraps no stream of its own.");

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public abstract override int Read(Span<byte> buffer);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) owned?.Dispose();
        base.Dispose(disposing);
    }
}
