using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// The public feedback pages' limit, per client address: guessing tokens (or flooding answers) from one place stops
/// within a minute. Its own rejection (429 problem details with Retry-After), so it answers the same whichever
/// other limiters the app has.
/// </summary>
public sealed class PublicFeedbackRateLimit(IOptions<FeedbackOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = "60";
        // The public page's reader gets all three languages: the client has no account that names one.
        await Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests.", "", "Feedback.TooManyRequests",
            "Too many requests from your connection: please wait a minute and try again. / Liian monta pyyntöä: odota hetki. / För många försök: vänta en minut.")
            .ExecuteAsync(http);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.PublicRequestsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
