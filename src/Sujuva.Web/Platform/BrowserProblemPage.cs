using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Platform;

/// <summary>
/// Problem details as a page when a browser navigates (Accept: text/html), in the reader's language, with the
/// way back home; the API and every other client keep application/problem+json. Registered before the default
/// writer, so it sees every problem first: status code pages, exceptions and the handlers' own problems.
/// </summary>
public sealed class BrowserProblemPage(IStringLocalizer<Strings> text) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        // The localisation middleware has returned by now; its choice stays on the request.
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo(SupportedCultures.Default);
        CultureInfo.CurrentUICulture = culture;
        var status = http.Response.StatusCode;
        var title = Text($"Errors.Page.{status}", "Errors.Page.Other");
        // A refusal's own code names what went wrong, where it has a text; its English detail is not shown.
        var detail = context.ProblemDetails.Extensions.TryGetValue("code", out var code) && code is string key
            && text[key] is { ResourceNotFound: false } known ? known.Value : Text($"Errors.Page.{status}.Detail", "Errors.Page.Other.Detail");

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{Encode(title)} – {Encode(text["App.Name"])}</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main class="error-page"><h1>{Encode(title)}</h1><p>{Encode(detail)}</p>
            <p><a href="/">{Encode(text["Errors.Page.Home"])}</a></p></main></body>
            </html>
            """, http.RequestAborted);
    }

    private string Text(string key, string fallback) => text[key] is { ResourceNotFound: false } found ? found.Value : text[fallback].Value;

    // Letters such as ä and å stay letters (the default encoder writes them as numeric references).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string s) => Html.Encode(s);
}
