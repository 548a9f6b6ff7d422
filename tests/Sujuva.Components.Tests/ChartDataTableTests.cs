using Bunit;
using Sujuva.Web.Components.Charts;

namespace Sujuva.Components.Tests;

/// <summary>A chart's data table: no rows on the page until opened, then rows with headers; a long one capped.</summary>
public sealed class ChartDataTableTests : ComponentTest
{
    private static ChartTable Days(int count) => new(["Day", "Closed"],
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<object?>)[new DateOnly(2026, 1, 1).AddDays(i), i])]);

    private IRenderedComponent<ChartDataTable> Table(int rows, int maxRows = 500) =>
        Render<ChartDataTable>(p => p.Add(c => c.Id, "throughput").Add(c => c.Title, "Throughput")
            .Add(c => c.Table, Days(rows)).Add(c => c.MaxRows, maxRows));

    [Fact]
    public void Closed_RendersNoRowsAndSaysHowMany()
    {
        var cut = Table(12);

        var toggle = cut.Find("button.table-toggle");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("throughput-table", toggle.GetAttribute("aria-controls"));
        Assert.Contains("Data table (12 rows)", toggle.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Opened_RendersEveryRowWithCaptionAndColumnHeaders()
    {
        var cut = Table(12);

        cut.Find("button.table-toggle").Click();

        Assert.Equal("true", cut.Find("button.table-toggle").GetAttribute("aria-expanded"));
        Assert.Equal("Throughput", cut.Find("caption").TextContent);
        Assert.Equal(["Day", "Closed"], cut.FindAll("th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(12, cut.FindAll("tbody tr").Count);
        Assert.Empty(cut.FindAll("[data-capped]"));
        cut.Find("button.table-toggle").Click();
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Opened_LongerThanTheCap_ShowsTheFirstRowsAndPointsToTheCsv()
    {
        var cut = Table(1234);

        cut.Find("button.table-toggle").Click();

        Assert.Equal(500, cut.FindAll("tbody tr").Count);
        Assert.Equal("01/01/2026", cut.Find("tbody tr td").TextContent);
        Assert.Equal("Showing the first 500 of 1,234 rows; download the CSV for all of them.", cut.Find("[data-capped]").TextContent);
    }
}
