using QRCoder;

namespace Sujuva.Web.Platform;

/// <summary>A QR code of a link (a feedback link, a client's own page) as SVG markup, drawn on the server: no script, no image request.</summary>
public static class QrCode
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        // viewBox sizing lets CSS scale it; black on white keeps the contrast scanners need.
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
