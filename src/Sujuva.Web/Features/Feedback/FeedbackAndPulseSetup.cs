using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sujuva.Web.Features.Pulse;

namespace Sujuva.Web.Features.Feedback;

/// <summary>Client feedback and staff pulse (issue 7): options, the anonymous pages' rate limit, endpoints.</summary>
public static class FeedbackAndPulseSetup
{
    public static IServiceCollection AddFeedbackAndPulse(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        services.AddOptions<PulseOptions>().BindConfiguration("Pulse");
        services.AddScoped<LatestRatings>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    "Too many requests from your connection: please wait a minute and try again. / Liian monta pyyntöä: odota hetki. / För många försök: vänta en minut.", ct));
            };
            // Per client address: guessing tokens (or flooding answers) from one place stops within a minute.
            o.AddPolicy(PublicFeedbackApi.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.PublicRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>The rate limiter runs after authorisation and before the endpoints (the page /f/{token} included).</summary>
    public static WebApplication MapFeedbackAndPulse(this WebApplication app, IEndpointRouteBuilder api)
    {
        app.UseRateLimiter();
        api.MapFeedbackApi();
        api.MapPulseApi();
        return app;
    }
}
