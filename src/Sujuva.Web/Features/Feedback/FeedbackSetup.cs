using Microsoft.Extensions.Options;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>Client feedback (issue 7): its options, the latest ratings, and the public pages' rate limit.</summary>
public static class FeedbackSetup
{
    /// <summary>The public policy applies to /f/{token} and its API.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration("Feedback");
        services.AddScoped<LatestRatings>();
        // The public page's reader gets all three languages: the client has no account that names one.
        return services.AddPerAddressRateLimit(PublicFeedbackApi.RateLimitPolicy,
            provider => provider.GetRequiredService<IOptions<FeedbackOptions>>().Value.PublicRequestsPerMinute, "Feedback.TooManyRequests",
            "Too many requests from your connection: please wait a minute and try again. / Liian monta pyyntöä: odota hetki. / För många försök: vänta en minut.");
    }
}
