using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Auth;

public static class AuthSetup
{
    private const string BearerOrCookie = "BearerOrCookie";

    /// <summary>
    /// Identity users and roles; the API uses Identity's bearer tokens, pages the cookie, and a policy
    /// scheme picks the bearer scheme whenever an Authorization header is present, and for every API
    /// request that may change something. Data-protection keys
    /// live in the database, so a restart (or another instance) keeps tokens valid.
    /// </summary>
    public static IServiceCollection AddSujuvaAuth(this IServiceCollection services)
    {
        // The signed-in user of an API request (pages set theirs on PageData from the circuit's state).
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new Platform.CurrentUser(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new()));
        services.AddDataProtection().SetApplicationName("Sujuva").PersistKeysToDbContext<SujuvaDb>();
        // Its warning that keys are stored unencrypted is the design (the database holds them; start-up says
        // so at information level): errors still show.
        services.AddLogging(logging => logging.AddFilter(
            "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = BearerOrCookie;
                o.DefaultChallengeScheme = BearerOrCookie;
            })
            .AddPolicyScheme(BearerOrCookie, null, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 || IsUnsafeApiRequest(http.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(o =>
                {
                    o.LoginPath = "/login";
                    o.AccessDeniedPath = "/";
                    CookieRules.Apply(o.Cookie);
                    // The API answers 401/403, never a redirect to a page.
                    o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, 401);
                    o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, 403);
                });
                cookies.TwoFactorUserIdCookie?.Configure(o => CookieRules.Apply(o.Cookie));
                cookies.TwoFactorRememberMeCookie?.Configure(o => CookieRules.Apply(o.Cookie));
            });
        services.AddAntiforgery(o => CookieRules.Apply(o.Cookie));
        services.AddSingleton<IAuthorizationHandler, TwoFactorEnrolledHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler,
            TwoFactorGate>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(AuthPolicies.SignedInWithRequiredTwoFactor)
            .AddPolicy(AuthPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AuthPolicies.Administrator, p => p.Combine(AuthPolicies.SignedInWithRequiredTwoFactor)
                .RequireRole(Roles.Administrator))
            .AddPolicy(AuthPolicies.SeesTeamFigures, p => p.Combine(AuthPolicies.SignedInWithRequiredTwoFactor)
                .RequireAssertion(c => new Platform.CurrentUser(c.User).SeesTeamFigures));
        services.AddIdentityCore<User>(AccountRules.Apply)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<SujuvaDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TeamClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<SignInFlow>();
        services.AddScoped<TwoFactorEnrolment>();
        return services;
    }

    /// <summary>
    /// A change through the API is authenticated by its bearer token only, never by the sign-in cookie that a
    /// browser attaches to another site's form post (docs/decisions/0003, issue 12). No page of the app changes
    /// anything through /api: pages run the operations on the server; their only /api requests are GET links
    /// (exports), which the cookie still opens.
    /// </summary>
    public static bool IsUnsafeApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    private static Task ApiOrRedirect(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) http.Response.StatusCode = status;
        else http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
