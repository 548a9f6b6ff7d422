using Bunit;
using Sujuva.Web.Components.Charts;

namespace Sujuva.Components.Tests;

/// <summary>The closed cases' scatterplot: cases on the same day with the same value are one dot with their count.</summary>
public sealed class ScatterChartTests : ComponentTest
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void Of_SameDayAndValue_CountsThemAsOneDot()
    {
        var dots = ScatterDots.Of([(Day, 5), (Day, 5), (Day, 6), (Day.AddDays(1), 5), (Day, 5)]);

        Assert.Equal([new ScatterDots(Day, 5, 3), new ScatterDots(Day, 6, 1), new ScatterDots(Day.AddDays(1), 5, 1)], dots);
        Assert.Equal([0, 1, 1, 2, 2, 3], new[] { 1, 2, 4, 5, 15, 16 }.Select(DotSizes.Of));
    }

    [Fact]
    public void Render_ManyCasesOnFewPoints_DrawsOneMarkPerPointAndKeepsThePercentileLines()
    {
        (DateOnly, double)[] points = [.. Enumerable.Repeat((Day, 4.0), 20), .. Enumerable.Repeat((Day.AddDays(3), 9.0), 3), (Day.AddDays(5), 2.0)];

        var cut = Render<ScatterChart>(p => p.Add(c => c.Id, "scatter").Add(c => c.Title, "Lead time")
            .Add(c => c.From, Day).Add(c => c.To, Day.AddDays(9)).Add(c => c.Points, points)
            .Add(c => c.Lines, [("50 %", 4.0), ("85 %", 9.0)]));

        var paths = cut.FindAll("path.dots");
        Assert.Equal(["0:1:1", "1:3:1", "3:20:1"], paths.Select(p =>
            $"{p.GetAttribute("data-size")}:{p.GetAttribute("data-cases")}:{p.GetAttribute("d")!.Split('M', StringSplitOptions.RemoveEmptyEntries).Length}"));
        Assert.Empty(cut.FindAll("circle"));
        Assert.Equal(["50 % 4", "85 % 9"], cut.FindAll("text.band-label").Select(t => t.TextContent));
        Assert.Equal(2, cut.FindAll("line.band").Count);
    }
}
