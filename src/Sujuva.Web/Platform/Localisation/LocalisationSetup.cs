using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>
/// Culture per request: the user's choice (a cookie set by the language switch) first, then
/// the browser's Accept-Language, then Finnish.
/// </summary>
public static class LocalisationSetup
{
    public static IServiceCollection AddSujuvaLocalisation(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.All;
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentUICultures = true;
            options.FallBackToParentCultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// The request's language, then its formats: a neutral language gets the regional formats our
    /// users expect (fi-FI, sv-FI, and en-GB rather than en-US: 24/11/2026 14:05, not 11/24/2026 2:05 PM).
    /// </summary>
    public static IApplicationBuilder UseSujuvaLocalisation(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            if (SupportedCultures.FormatsFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) is { } formats)
                CultureInfo.CurrentCulture = formats;
            return next(context);
        });
    }

    /// <summary>GET /culture/{name}?returnUrl=/local/path sets the language cookie and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            if (!SupportedCultures.IsSupported(name))
                return Problems.BadField("name", "Culture.Unsupported", "One of: fi, sv, en.");
            // Control characters would make a header LocalRedirect refuses to write (a 500).
            if (returnUrl is not null && TextAttribute.Default.Check(returnUrl) is { } broken)
                return Problems.BadField("returnUrl", broken.Code, broken.Message);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only local paths: an open redirect would let a link send users elsewhere.
            var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return app;
    }
}
