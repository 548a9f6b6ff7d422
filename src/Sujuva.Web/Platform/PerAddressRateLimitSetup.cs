using Microsoft.AspNetCore.RateLimiting;

namespace Sujuva.Web.Platform;

public static class PerAddressRateLimitSetup
{
    /// <summary>Adds the named policy; its limit is read from the app's services (an option) when the limiter is built.</summary>
    public static IServiceCollection AddPerAddressRateLimit(this IServiceCollection services, string policy,
        Func<IServiceProvider, int> perMinute, string code, string message)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((o, provider) =>
            o.AddPolicy(policy, new PerAddressRateLimit(perMinute(provider), code, message)));
        return services;
    }
}
