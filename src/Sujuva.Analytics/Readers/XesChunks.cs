namespace Sujuva.Analytics.Readers;

/// <summary>A stretch of an XES file that ends after a &lt;/trace&gt;, with where it starts.</summary>
internal sealed record XesChunk(int Index, byte[] Bytes, int Length, long FirstLine, int FirstTrace);

/// <summary>
/// Cuts XES bytes into stretches of about <c>size</c> bytes, each ending right after a
/// &lt;/trace&gt; (which cannot occur inside an attribute value), counting lines and traces so
/// that every stretch knows its place in the file.
/// </summary>
internal static class XesChunks
{
    private const int MaxChunkBytes = 256 << 20;

    public static IEnumerable<XesChunk> Cut(Stream stream, int size, string file)
    {
        var buffer = new byte[size * 2];
        var length = 0;
        long line = 0;
        var traces = 0;
        for (var index = 0; ; index++)
        {
            var eof = false;
            while (length < buffer.Length && !eof)
            {
                var n = stream.Read(buffer, length, buffer.Length - length);
                eof = n == 0;
                length += n;
            }
            var cut = eof ? length : buffer.AsSpan(0, length).LastIndexOf("</trace>"u8);
            if (cut < 0)
            {
                if (buffer.Length >= MaxChunkBytes)
                    throw new EventLogFormatException(file, line + 1, 0, $"a trace is longer than {MaxChunkBytes >> 20} MB");
                Array.Resize(ref buffer, buffer.Length * 2);
                index--;
                continue;
            }
            if (!eof) cut += "</trace>".Length;
            if (cut > 0 || index == 0)
            {
                var chunk = buffer.AsSpan(0, cut).ToArray();
                yield return new XesChunk(index, chunk, cut, line, traces);
                line += chunk.AsSpan().Count((byte)'\n');
                traces += CountTraces(chunk);
            }
            if (eof) yield break;
            buffer.AsSpan(cut, length - cut).CopyTo(buffer);
            length -= cut;
        }
    }

    private static int CountTraces(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        for (var at = bytes.IndexOf("<trace"u8); at >= 0; at = bytes.IndexOf("<trace"u8))
        {
            var next = at + 6 < bytes.Length ? bytes[at + 6] : (byte)'>';
            if (next is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') count++;
            bytes = bytes[(at + 6)..];
        }
        return count;
    }
}
