using Sujuva.Analytics.Charts;

namespace Sujuva.Web.Features.Feedback;

/// <summary>One period of a chart: value, centre line, 3σ limits and whether a rule flags it.</summary>
public sealed record FeedbackChartPoint(DateOnly Start, int Answers, double Value, double Centre, double? Lower,
    double? Upper, bool Signal);

/// <summary>A P or I chart as drawn, with Anhøj's runs analysis of its (single) part.</summary>
public sealed record FeedbackChartView(List<FeedbackChartPoint> Points, int LongestRun, int LongestRunMax,
    int Crossings, int CrossingsMin, bool RunsSignal)
{
    public static FeedbackChartView? From(ChartResult result, IReadOnlyList<(DateOnly Start, int Answers)> periods)
    {
        if (result.Chart is not { } chart) return null;
        var runs = chart.Parts[0].Runs;
        return new FeedbackChartView(
            [.. chart.Points.Select(p => new FeedbackChartPoint(periods[p.Index].Start, periods[p.Index].Answers, p.Y,
                p.Centre, p.Lower, p.Upper, p.Signals != ChartRules.None))],
            runs.LongestRun, runs.LongestRunMax, runs.Crossings, runs.CrossingsMin, chart.RunsSignal);
    }
}
