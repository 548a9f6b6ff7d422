namespace Sujuva.Web.Features.Feedback;

/// <summary>Client feedback (issue 7): its options, the latest ratings, and the public pages' rate limit.</summary>
public static class FeedbackSetup
{
    /// <summary>
    /// The rate limiter middleware is UseSujuvaSecurity's (once: a second one would count every request twice);
    /// it sees the endpoint, so the public policy applies to /f/{token} and its API.
    /// </summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        services.AddScoped<LatestRatings>();
        services.AddRateLimiter(o => o.AddPolicy<string, PublicFeedbackRateLimit>(PublicFeedbackApi.RateLimitPolicy));
        return services;
    }
}
