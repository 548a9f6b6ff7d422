using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Features.Programmes;

public static class ProgrammesSetup
{
    /// <summary>
    /// Calendar feeds' limit: a calendar app polls a feed every few minutes to hours, so 60 requests a minute from one
    /// address is far above use and well below guessing tokens. The client's own page has the same.
    /// </summary>
    public const string FeedPolicy = "calendar-feed";
    public const int FeedsPerMinute = 60;

    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddOptions<ProgrammeOptions>().BindConfiguration("Programmes")
            .Validate(o => o.ReminderBefore >= TimeSpan.Zero && o.ChangeNoticeWithin >= TimeSpan.Zero, "Programmes: times are not negative.")
            .ValidateOnStart();
        services.AddScoped<SessionMailer>();
        services.AddSingleton<CalendarFeedCache>();
        services.AddJobHandler<SessionReminder, SendSessionReminder>();
        services.AddJobHandler<SessionChangeNotice, SendSessionChangeNotice>();
        services.AddJobHandler<SessionFeedbackRequest, SendSessionFeedbackLink>();
        return services.AddPerAddressRateLimit(FeedPolicy, _ => FeedsPerMinute, "Programmes.TooManyFeedRequests",
            "Too many calendar requests from your connection: please wait a minute.");
    }
}
