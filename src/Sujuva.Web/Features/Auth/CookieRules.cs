namespace Sujuva.Web.Features.Auth;

/// <summary>Every cookie the app sets: unreadable by scripts, not sent by other sites' requests, Secure over HTTPS.</summary>
public static class CookieRules
{
    public static void Apply(CookieBuilder cookie)
    {
        cookie.HttpOnly = true;
        // Lax, not Strict: a link to Sujuva from an e-mail or intranet page should arrive signed in;
        // cross-site posts (the CSRF case) are still refused and forms carry antiforgery tokens too.
        cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over HTTPS; plain HTTP works only for local development.
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
