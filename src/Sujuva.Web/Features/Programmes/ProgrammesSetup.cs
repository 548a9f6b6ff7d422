namespace Sujuva.Web.Features.Programmes;

public static class ProgrammesSetup
{
    /// <summary>The calendar feeds' rate limit (the feeds themselves need no services of their own).</summary>
    public static IServiceCollection AddProgrammes(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, CalendarFeedRateLimit>(CalendarFeedRateLimit.Policy));
}
