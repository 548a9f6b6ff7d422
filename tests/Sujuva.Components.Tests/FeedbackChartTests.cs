using Bunit;
using Sujuva.Analytics.Feedback;
using Sujuva.Web.Components.Pages.Feedback;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Components.Tests;

/// <summary>The service feedback page's P and I charts: drawn on the measure's own scale, and readable with one or two weeks.</summary>
public sealed class FeedbackChartTests : ComponentTest
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void MeanChart_LimitsBeyondTheRatingScale_AxisRunsOneToFiveAndLimitsAreClippedWithANote()
    {
        // Means 3 then 5: MR̄ = 2, so the limits are 4 ± 5.32; the top of the axis is y = 12, its bottom y = 228.
        var cut = RenderMean(Weeks([3, 3], [5, 5]));

        Assert.Equal(["1", "2", "3", "4", "5"], cut.FindAll("svg .tick").Take(5).Select(t => t.TextContent));
        Assert.Equal("1-5", cut.Find("svg").GetAttribute("data-axis"));
        Assert.Equal("M52,12 H366 V12 H680", cut.Find("path[data-series=upper]").GetAttribute("d"));
        Assert.Contains(",228 H", cut.Find("path[data-series=lower]").GetAttribute("d"), StringComparison.Ordinal);
        Assert.Equal("Limits beyond the scale (1–5) are drawn at its edge; the table shows the computed values.",
            cut.Find("[data-note=clipped]").TextContent);
        Assert.Equal("9.32", cut.FindAll("tbody tr")[0].Children[5].TextContent);
    }

    [Fact]
    public void CsatChart_Percentages_AxisRunsZeroToHundredPercent()
    {
        var cut = Render<FeedbackChart>(p => p.Add(c => c.Id, "csat").Add(c => c.Title, "CSAT").Add(c => c.ValueHeader, "CSAT %")
            .Add(c => c.Chart, Trend(Weeks([5, 4, 2], [5, 1]), t => t.Csat)).Add(c => c.Factor, 100)
            .Add(c => c.AxisMin, 0).Add(c => c.AxisMax, 100).Add(c => c.Step, 20).Add(c => c.Unit, " %"));

        Assert.Equal(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"], cut.FindAll("svg .tick").Take(6).Select(t => t.TextContent));
        Assert.Empty(cut.FindAll("[data-note=clipped]"));
    }

    [Fact]
    public void MeanChart_SingleWeek_DrawsAMarkerAndSaysTooFewWeeksForLimits()
    {
        var cut = RenderMean(Weeks([4, 5, 3]));

        var marker = Assert.Single(cut.FindAll("svg circle.marker"));
        Assert.Equal("366", marker.GetAttribute("cx"));
        Assert.Empty(cut.FindAll("svg polyline"));
        Assert.Empty(cut.FindAll("svg path.limit"));
        Assert.Equal("Too few weeks for control limits and the runs analysis: they need at least 2 weeks with answers (now 1).",
            cut.Find("[data-note=too-few]").TextContent);
        Assert.DoesNotContain("NaN", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["4.00", "4.00", "–", "–"], cut.Find("tbody tr").Children.Skip(2).Select(c => c.TextContent));
    }

    [Fact]
    public void MeanChart_TwoWeeks_DrawsALineMarkersAndFiniteLimits()
    {
        var cut = RenderMean(Weeks([4], [4, 5]));

        Assert.Equal(2, cut.FindAll("svg circle.marker").Count);
        Assert.Single(cut.FindAll("svg polyline.value"));
        Assert.Equal(2, cut.FindAll("svg path.limit").Count);
        Assert.Empty(cut.FindAll("[data-note=too-few]"));
        Assert.DoesNotContain("NaN", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<FeedbackChart> RenderMean(List<FeedbackPeriod> weeks) =>
        Render<FeedbackChart>(p => p.Add(c => c.Id, "mean").Add(c => c.Title, "Mean").Add(c => c.ValueHeader, "Mean rating")
            .Add(c => c.Chart, Trend(weeks, t => t.Mean)).Add(c => c.AxisMin, 1).Add(c => c.AxisMax, 5).Add(c => c.Step, 1));

    private static List<FeedbackPeriod> Weeks(params int[][] ratings) =>
        [.. ratings.Select((r, i) => new FeedbackPeriod(Monday.AddDays(7 * i), r))];

    private static FeedbackChartView Trend(List<FeedbackPeriod> weeks, Func<FeedbackTrend, Analytics.Charts.ChartResult> chart)
    {
        var trend = FeedbackTrend.Of(weeks);
        return FeedbackChartView.From(chart(trend), [.. trend.Points.Select(p => (p.Start, p.Answers))])!;
    }
}
