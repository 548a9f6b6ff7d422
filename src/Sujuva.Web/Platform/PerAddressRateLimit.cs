using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sujuva.Web.Platform;

/// <summary>
/// A public page's or feed's limit, per client address, in requests a minute: guessing URL secrets (or flooding a
/// page) from one place stops within a minute. Its own rejection (429 problem details with Retry-After), so it answers
/// the same whichever other limiters the app has. The rate limiter middleware is UseSujuvaSecurity's (once: a second
/// one would count every request twice); it sees the endpoint, so a policy applies where an endpoint names it.
/// </summary>
public sealed class PerAddressRateLimit(int perMinute, string code, string message) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        await Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests.", "", code, message).ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
