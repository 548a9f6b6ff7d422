namespace Sujuva.Web.Features.ClientPages;

/// <summary>What a worker hands the client: their own page (with a QR code to scan from the worker's screen) and their calendar feed.</summary>
public sealed record ClientLinkView(string PageUrl, string PageQrSvg, string FeedUrl, string FeedWebcal);
