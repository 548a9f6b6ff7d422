using Bunit;
using Sujuva.Web.Components.Pages.Boards;
using static Sujuva.Components.Tests.Boards;

namespace Sujuva.Components.Tests;

public sealed class PairCardTests : ComponentTest
{
    [Fact]
    public void Card_WithPair_NamesBothWorkersAndOffersOnlyOthersAsPair()
    {
        var card = Card("C-1", Aino) with { PairId = Eero.Id, PairName = Eero.Name };
        var board = Of([card], []);

        var cut = Render<BoardCardView>(p => p.Add(c => c.Card, card).Add(c => c.Column, board.Columns[0])
            .Add(c => c.Board, board).Add(c => c.Context, Context()));

        Assert.Equal("Worker: Aino Valmentaja", cut.Find(".card-assignee").TextContent);
        Assert.Equal("Pair: Eero Esihenkilö", cut.Find(".card-pair").TextContent);
        Assert.NotNull(cut.Find("button[aria-label='Pair… (case of C-1)']"));
    }

    [Fact]
    public void Card_WithoutAssignee_OffersNoPair()
    {
        var card = Card("C-1");
        var board = Of([card], []);

        var cut = Render<BoardCardView>(p => p.Add(c => c.Card, card).Add(c => c.Column, board.Columns[0])
            .Add(c => c.Board, board).Add(c => c.Context, Context()));

        Assert.Empty(cut.FindAll(".card-pair"));
        Assert.Empty(cut.FindAll("button[aria-label='Pair… (case of C-1)']"));
    }
}
