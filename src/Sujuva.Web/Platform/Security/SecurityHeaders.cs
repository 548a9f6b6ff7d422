namespace Sujuva.Web.Platform.Security;

/// <summary>
/// Response headers that shut common browser attack paths: a content security policy, no framing,
/// no MIME sniffing, no referrer leaving the site, no powerful browser features, no caching of what
/// may hold personal data.
/// </summary>
public static class SecurityHeaders
{
    // Blazor Server needs only its own scripts ('self': blazor.web.js, MudBlazor.min.js) and its
    // WebSocket to the same origin ('self' covers ws:/wss: to the page's own host in CSP level 3).
    // style-src needs 'unsafe-inline': MudBlazor writes style attributes on components and its theme
    // provider emits a <style> element of CSS variables at run time, which no hash can cover. Styles
    // cannot run code, so scripts stay strict.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    // The API reference page (Scalar) boots from an inline script with its configuration; only its
    // own path gets that allowance, and it shows no personal data.
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    private const string OwnPolicy = "Sujuva.ContentSecurityPolicy";

    /// <summary>A stricter policy for this one response (a stored upload: nothing in it may run), set in place of the app's.</summary>
    public static void UseStricterPolicy(HttpContext http, string policy)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[OwnPolicy] = policy;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = http.Items[OwnPolicy] as string
                    ?? (http.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase) ? ApiReferencePolicy : ContentSecurityPolicy);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] =
                    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Personal data must not stay in a browser's or proxy's cache (issue 12): every API answer and
                // every page is no-store; static assets keep the caching MapStaticAssets gave them.
                if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(headers.CacheControl))
                    headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(http);
        });
}
