namespace Sujuva.Analytics.Readers;

/// <summary>Bytes already read (to sniff the encoding) followed by the rest of the stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream inner) : ReadOnlyStream(inner)
{
    private int _at;

    public override int Read(Span<byte> buffer)
    {
        if (_at >= prefix.Length) return Inner.Read(buffer);
        var n = Math.Min(buffer.Length, prefix.Length - _at);
        prefix.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }
}
