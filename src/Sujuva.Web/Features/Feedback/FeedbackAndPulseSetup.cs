using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sujuva.Web.Features.Pulse;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Security;

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
            // One limiter serves both: sign-in attempts keep the sign-in limiter's own answer.
            var signIn = o.OnRejected;
            o.OnRejected = (context, ct) =>
            {
                if (signIn is not null && SignInRateLimit.IsSignInAttempt(context.HttpContext.Request))
                    return signIn(context, ct);
                context.HttpContext.Response.Headers.RetryAfter = "60";
                // Problem details like every other refusal; the public page's reader gets all three languages.
                return new ValueTask(Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests.", "",
                    "Feedback.TooManyRequests",
                    "Too many requests from your connection: please wait a minute and try again. / Liian monta pyyntöä: odota hetki. / För många försök: vänta en minut.")
                    .ExecuteAsync(context.HttpContext));
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

    /// <summary>
    /// The rate limiter middleware is UseSujuvaSecurity's (once: a second one would count every request
    /// twice); it sees the endpoint, so the public policy applies to /f/{token} and its API.
    /// </summary>
    public static WebApplication MapFeedbackAndPulse(this WebApplication app, IEndpointRouteBuilder api)
    {
        api.MapFeedbackApi();
        api.MapPulseApi();
        return app;
    }
}
