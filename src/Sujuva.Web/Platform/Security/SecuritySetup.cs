using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Sujuva.Web.Platform.Security;

/// <summary>Hardening every response and sign-in attempt gets (docs/decisions/0003).</summary>
public static class SecuritySetup
{
    /// <summary>No Server header: it tells an attacker which server and version to look up.</summary>
    public static IServiceCollection AddSujuvaSecurity(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);

    /// <summary>First in the pipeline, so that errors and refusals carry the headers too.</summary>
    public static IApplicationBuilder UseSujuvaSecurity(this IApplicationBuilder app) =>
        app.UseSecurityHeaders().UseRateLimiter();
}
