using Bunit;
using Sujuva.Web.Components.Charts;

namespace Sujuva.Components.Tests;

/// <summary>The aging chart: open cases of a stage with the same age are one dot with their count.</summary>
public sealed class AgingDotsTests : ComponentTest
{
    [Fact]
    public void Render_SameStageAndAge_DrawsOneDotWithTheCount()
    {
        (string, double)[] items = [.. Enumerable.Repeat(("Queue", 3.0), 6), ("Queue", 4.0), ("Work", 3.0), ("Work", 3.0)];

        var cut = Render<AgingDots>(p => p.Add(c => c.Id, "aging").Add(c => c.Title, "Aging")
            .Add(c => c.Stages, ["Queue", "Work"]).Add(c => c.Items, items).Add(c => c.Bands, [("85 %", 5.0)]));

        Assert.Equal(["0:1:1", "2:6:1", "1:2:1"], cut.FindAll("path.dots").Select(p =>
            $"{p.GetAttribute("data-size")}:{p.GetAttribute("data-cases")}:{p.GetAttribute("d")!.Split('M', StringSplitOptions.RemoveEmptyEntries).Length}"));
        Assert.Equal("85 % 5", cut.Find("text.band-label").TextContent);
    }
}
