using Bunit;
using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.Boards;
using static Sujuva.Components.Tests.Boards;

namespace Sujuva.Components.Tests;

public sealed class AgingTests : ComponentTest
{
    [Theory]
    [InlineData(3, "aging-below50", "In work 3 d: within the usual time (under 50 %)")]
    [InlineData(5, "aging-below50", "In work 5 d: within the usual time (under 50 %)")]
    [InlineData(6, "aging-past50", "In work 6 d: older than 50 % of closed cases")]
    [InlineData(9, "aging-past70", "In work 9 d: older than 70 % of closed cases")]
    [InlineData(13, "aging-past85", "In work 13 d: older than 85 % of closed cases")]
    [InlineData(21, "aging-past95", "In work 21 d: older than 95 % of closed cases")]
    public void Card_CycleAgeAgainstBands_HasColourClassAndText(int cycleAge, string css, string text)
    {
        var card = Card("C-1");
        var board = Of([], [card]);
        var aging = new BoardAging(new Dictionary<Guid, Analytics.Flow.FlowPercentiles?> { [board.ServiceId] = Bands },
            new Dictionary<Guid, CardAge> { [card.CaseId] = CardAge.Of(cycleAge, Bands) });

        var cut = Render<BoardCardView>(p => p.Add(c => c.Card, card).Add(c => c.Column, board.Columns[1])
            .Add(c => c.Board, board).Add(c => c.Context, Context(aging: aging)));

        Assert.Contains(css, cut.Find("article").ClassName, StringComparison.Ordinal);
        Assert.Equal(text, cut.Find(".card-aging").TextContent);
    }

    [Fact]
    public void Card_NotStarted_HasNoAgingColourButSaysSo()
    {
        var board = Of([Card("C-1")], []);

        var cut = Render<BoardCardView>(p => p.Add(c => c.Card, board.Columns[0].Cards[0]).Add(c => c.Column, board.Columns[0])
            .Add(c => c.Board, board).Add(c => c.Context, Context()));

        Assert.Contains("aging-none", cut.Find("article").ClassName, StringComparison.Ordinal);
        Assert.Equal("Not started: no cycle age yet", cut.Find(".card-aging").TextContent);
    }

    [Fact]
    public void Legend_WithBands_NamesEachColourWithItsDays()
    {
        var cut = Render<AgingLegend>(p => p.Add(c => c.Bands, Bands));

        var items = cut.FindAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(["under 50 % (up to 5 d)", "past 50 % (over 5 d)", "past 70 % (over 8 d)", "past 85 % (over 12 d)", "past 95 % (over 20 d)"], items);
        Assert.Equal(5, cut.FindAll(".aging-swatch[aria-hidden=true]").Count);
        Assert.Contains("40 closed cases", cut.Find(".legend-note").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Legend_NoClosedCases_SaysCardsAreNotColoured() =>
        Assert.Contains("No closed cases yet", Render<AgingLegend>().Markup, StringComparison.Ordinal);

    [Fact]
    public void CardAge_AtExactlyP85_IsNotPastIt() =>
        Assert.Equal(AgingLevel.PastP70, CardAge.Of(12, Bands).Level);
}
