using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Calendar feeds' limit, per client address: a calendar app polls a feed every few minutes to hours, so 60 requests a
/// minute from one address is far above use and well below guessing tokens. 429 problem details with Retry-After.
/// </summary>
public sealed class CalendarFeedRateLimit : IRateLimiterPolicy<string>
{
    public const string Policy = "calendar-feed";
    public const int PerMinute = 60;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        await Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests.", "", "Programmes.TooManyFeedRequests",
            "Too many calendar requests from your connection: please wait a minute.").ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
