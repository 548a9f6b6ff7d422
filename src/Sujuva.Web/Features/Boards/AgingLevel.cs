using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Boards;

/// <summary>
/// Where an open case's cycle age stands against the service's past cycle times (METRICS.md §2,
/// "aging work in progress"): below the 50th percentile, or past the 50th, 70th, 85th or 95th.
/// NotStarted: no working stage yet, so no cycle age; Unknown: no closed case to compare with.
/// </summary>
public enum AgingLevel
{
    NotStarted,
    Unknown,
    BelowP50,
    PastP50,
    PastP70,
    PastP85,
    PastP95,
}

/// <summary>An open case's cycle age in inclusive calendar days and its level.</summary>
public sealed record CardAge(int? CycleAgeDays, AgingLevel Level)
{
    public static CardAge NotStarted { get; } = new(null, AgingLevel.NotStarted);

    /// <summary>"Past" a percentile means strictly older than it: at P85 exactly, 85 % of past cases took as long.</summary>
    public static CardAge Of(int? cycleAgeDays, FlowPercentiles? bands) => cycleAgeDays switch
    {
        null => NotStarted,
        int d when bands is null => new(d, AgingLevel.Unknown),
        int d when d > bands.P95 => new(d, AgingLevel.PastP95),
        int d when d > bands.P85 => new(d, AgingLevel.PastP85),
        int d when d > bands.P70 => new(d, AgingLevel.PastP70),
        int d when d > bands.P50 => new(d, AgingLevel.PastP50),
        int d => new(d, AgingLevel.BelowP50),
    };
}
