namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// What an uploaded file is, read from its first bytes (its magic number), never from its name or the type the
/// browser declared: a script named sketch.png is not an image. Sketches are PNG, JPEG, GIF or WebP; the prototype
/// may also be a PDF. SVG is refused: it is XML that can carry script.
/// </summary>
public static class SprintFileContent
{
    public const string Pdf = "application/pdf";

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes are, when the kind of file allows it; otherwise null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes, SprintFileKind kind)
    {
        if (bytes.StartsWith(Png)) return "image/png";
        if (bytes.StartsWith(Jpeg)) return "image/jpeg";
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return "image/gif";
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (kind == SprintFileKind.Prototype && bytes.StartsWith("%PDF-"u8)) return Pdf;
        return null;
    }
}
