using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sujuva.Web.Platform.Security;

/// <summary>
/// Settings "Security:SignInPermitLimit" and "Security:SignInWindowSeconds": attempts per client
/// address and window on the sign-in, token and two-factor endpoints.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public int SignInPermitLimit { get; set; } = 10;
    public int SignInWindowSeconds { get; set; } = 60;
}

/// <summary>
/// Lockout stops guessing one account's password; this stops one address from trying many accounts
/// (password spraying) or codes. Over the limit: 429 problem details with Retry-After.
/// </summary>
public static class SignInRateLimit
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Security").Get<SignInRateLimitOptions>() ?? new();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsSignInAttempt(http.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "sign-in:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local"),
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.SignInPermitLimit,
                            Window = TimeSpan.FromSeconds(options.SignInWindowSeconds),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("other"));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context, options, ct);
        });
        return services;
    }

    /// <summary>Posts that check a password or a code: the API sign-in, the page's form, and 2FA.</summary>
    public static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/api/auth/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/account/two-factor", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/account/password", StringComparison.OrdinalIgnoreCase));

    private static async ValueTask RejectAsync(OnRejectedContext context, SignInRateLimitOptions options, CancellationToken ct)
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = options.SignInWindowSeconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problems.Create(StatusCodes.Status429TooManyRequests, "Too many attempts.", "", "Auth.TooManyAttempts",
            "Too many sign-in attempts from this address; wait a minute and try again.");
        await problem.ExecuteAsync(http);
    }
}
