namespace Sujuva.Analytics.Readers;

/// <summary>
/// Fails fast on a single XML tag (an attribute value) longer than <see cref="MaxTagBytes"/>:
/// XmlReader would buffer it whole, so a huge or endless value would exhaust memory. Every tag
/// starts with '&lt;', which cannot occur inside an attribute value.
/// </summary>
internal sealed class TagSizeGuardStream(Stream inner, string file) : ReadOnlyStream(inner)
{
    public const int MaxTagBytes = 16 << 20;
    private long _sinceTag;

    public override int Read(Span<byte> buffer)
    {
        // Reads of at most 64 KB: a longer gap between two '<' then always spans calls and is counted.
        var n = Inner.Read(buffer[..Math.Min(buffer.Length, 1 << 16)]);
        var chunk = buffer[..n];
        var first = chunk.IndexOf((byte)'<');
        var tooLong = first < 0 ? (_sinceTag += n) > MaxTagBytes : _sinceTag + first > MaxTagBytes;
        if (first >= 0) _sinceTag = n - chunk.LastIndexOf((byte)'<');
        if (tooLong)
            throw new EventLogFormatException(file, 0, 0, $"an XML tag or attribute value is longer than {MaxTagBytes >> 20} MB");
        return n;
    }
}
