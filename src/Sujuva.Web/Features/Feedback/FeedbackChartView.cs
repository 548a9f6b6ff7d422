using Sujuva.Analytics.Feedback;
using Sujuva.Analytics.Charts;

namespace Sujuva.Web.Features.Feedback;

/// <summary>One period of a chart: value, centre line, 3σ limits and whether a rule flags it.</summary>
public sealed record FeedbackChartPoint(DateOnly Start, int Answers, double Value, double Centre, double? Lower,
    double? Upper, bool Signal);

/// <summary>
/// A P or I chart as drawn, with Anhøj's runs analysis of its (single) part. Below MinWeeksForLimits the
/// chart has no limits and no runs analysis (HasLimits is false): one week gives an I chart no moving
/// range (σ̂ = 0) and a P chart a centre line that is that week's own value.
/// </summary>
public sealed record FeedbackChartView(List<FeedbackChartPoint> Points, int LongestRun, int LongestRunMax,
    int Crossings, int CrossingsMin, bool RunsSignal)
{
    /// <summary>Points are months: a typical week had too few answers for the P chart (FeedbackTrend.WeeklyOrMonthly).</summary>
    public bool Monthly { get; init; }

    /// <summary>Even a typical month has too few answers: the P chart's limits are wide.</summary>
    public bool SmallSubgroups { get; init; }

    public const int MinWeeksForLimits = 2;

    public bool HasLimits => Points.Count >= MinWeeksForLimits;

    public static FeedbackChartView? From(ChartResult result, IReadOnlyList<(DateOnly Start, int Answers)> periods,
        FeedbackTrend? trend = null)
    {
        if (result.Chart is not { } chart) return null;
        var runs = chart.Parts[0].Runs;
        var limits = chart.Points.Count >= MinWeeksForLimits;
        return new FeedbackChartView(
            [.. chart.Points.Select(p => new FeedbackChartPoint(periods[p.Index].Start, periods[p.Index].Answers, p.Y,
                p.Centre, limits ? Finite(p.Lower) : null, limits ? Finite(p.Upper) : null,
                limits && p.Signals != ChartRules.None))],
            runs.LongestRun, runs.LongestRunMax, runs.Crossings, runs.CrossingsMin, limits && chart.RunsSignal)
        {
            Monthly = trend?.Length == FeedbackPeriodLength.Month,
            SmallSubgroups = trend?.SmallSubgroups == true,
        };
    }

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? x : null;
}
