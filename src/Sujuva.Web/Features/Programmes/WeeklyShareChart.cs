using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Feedback;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A weekly proportion as a P chart with Anhøj's runs analysis, drawn by the feedback charts' component: the weekly
/// points of METRICS.md §11 (MeasureSeries.WeeklyProportions: whole ISO weeks of Europe/Helsinki inside the period,
/// no point for a week with n = 0), so an improvement measuring the same proportion charts the same points.
/// </summary>
public static class WeeklyShareChart
{
    public static FeedbackChartView? Of(IEnumerable<YesNo> answers, DateTime fromUtc, DateTime toUtc)
    {
        var points = MeasureSeries.WeeklyProportions(answers, fromUtc, toUtc, ChangeDates.None).Points;
        var sizes = points.Select(p => p.N!.Value).ToList();
        var counts = points.Select((p, i) => Math.Round(p.Y * sizes[i])).ToList();
        var periods = points.Select((p, i) => (Start: LocalWeek.Containing(p.Instant).Monday, Answers: sizes[i])).ToList();
        if (FeedbackChartView.From(SpcCharts.P(counts, [.. sizes.Select(n => (double)n)]), periods) is not { } chart) return null;
        // The feedback charts' rule for wide limits (n·p̄ and n·(1 − p̄) of a typical week at least 5), with "satisfied" read as "yes".
        var typical = periods.Select((p, i) => new FeedbackTrendPoint(p.Start, p.Answers, (int)counts[i], 0)).ToList();
        return chart with { SmallSubgroups = !FeedbackTrend.SubgroupsLargeEnough(typical) };
    }
}
