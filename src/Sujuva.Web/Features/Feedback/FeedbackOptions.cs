namespace Sujuva.Web.Features.Feedback;

/// <summary>Section "Feedback" of the configuration.</summary>
public sealed class FeedbackOptions
{
    /// <summary>How long a link stays open after its service event (issue 7: default 14 days).</summary>
    public int LinkLifetimeDays { get; set; } = 14;

    /// <summary>Anonymous page views, look-ups and answers per client IP address per minute.</summary>
    public int PublicRequestsPerMinute { get; set; } = 30;

    public TimeSpan LinkLifetime => TimeSpan.FromDays(LinkLifetimeDays);
}
