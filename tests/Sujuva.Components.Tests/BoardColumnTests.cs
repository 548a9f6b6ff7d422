using Bunit;
using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.Cases;
using static Sujuva.Components.Tests.Boards;

namespace Sujuva.Components.Tests;

public sealed class BoardColumnTests : ComponentTest
{
    [Fact]
    public void Column_UnderLimit_ShowsNameKindCountAndCards()
    {
        var board = Of([Card("C-1"), Card("C-2")], [Card("C-3")]);

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(board)[1]).Add(c => c.Context, Context()));

        Assert.Equal("Work", cut.Find("h2").TextContent);
        Assert.Contains("working", cut.Find(".stage-kind").TextContent, StringComparison.Ordinal);
        Assert.Equal("1 / 2", cut.Find(".wip").TextContent.Trim());
        Assert.Equal("1 cases, WIP limit 2", cut.Find(".wip").GetAttribute("aria-label"));
        Assert.Single(cut.FindAll(".case-card"));
        Assert.DoesNotContain("over-limit", cut.Find("section").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_OfBoard_OneColumnPerStageInOrder()
    {
        var board = Of([Card("C-1")], [], [Card("C-2")]);

        var names = LayoutColumn.OfBoard(board).Select(c =>
            Render<BoardColumnView>(p => p.Add(x => x.Column, c).Add(x => x.Context, Context())).Find("h2").TextContent);

        Assert.Equal(["Queue", "Work", "Done"], names);
    }

    [Fact]
    public void Column_OverWipLimit_IsMarkedInWordsAndByClass()
    {
        var board = Of([], [Card("C-1"), Card("C-2"), Card("C-3")]);

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(board)[1]).Add(c => c.Context, Context()));

        Assert.Contains("over-limit", cut.Find("section").ClassName, StringComparison.Ordinal);
        Assert.Equal("⚠ Over WIP limit", cut.Find(".over-text").TextContent.Trim());
        Assert.Equal("3 / 2", cut.Find(".wip").TextContent.Trim());
    }

    [Fact]
    public void Column_AtWipLimit_IsAtLimitButNotOver()
    {
        var board = Of([], [Card("C-1"), Card("C-2")]);

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(board)[1]).Add(c => c.Context, Context()));

        Assert.Contains("at-limit", cut.Find("section").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".over-text"));
    }

    [Fact]
    public void Column_WorkerFilter_ShowsOnlyTheirCardsAndSaysHowMany()
    {
        var board = Of([Card("C-1", Aino), Card("C-2", Eero), Card("C-3")], []);
        var filter = new BoardFilter { Worker = Aino.Id.ToString() };

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(board)[0]).Add(c => c.Context, Context(filter)));

        var card = Assert.Single(cut.FindAll(".case-card"));
        Assert.Contains("C-1", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Worker: Aino Valmentaja", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Showing 1 of 3", cut.Find(".filtered").TextContent);
    }

    [Fact]
    public void Column_UnassignedAndBlockedFilters_Combine()
    {
        var board = Of([Card("C-1", Aino, blocked: BlockReason.WaitingForDecision), Card("C-2", blocked: BlockReason.WaitingForDocuments), Card("C-3")], []);
        var filter = new BoardFilter { Worker = BoardFilter.Unassigned, BlockedOnly = true };

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(board)[0]).Add(c => c.Context, Context(filter)));

        var card = Assert.Single(cut.FindAll(".case-card"));
        Assert.Contains("C-2", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("No worker assigned", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_WorkerList_OffersEveryoneUnassignedPairWorkAndEachWorker()
    {
        var cut = Render<BoardFilters>(p => p.Add(c => c.Filter, new BoardFilter()).Add(c => c.Workers, [Aino, Eero]));

        var options = cut.FindAll("select.worker-filter option").Select(o => o.TextContent).ToList();

        Assert.Equal(["Everyone", "Unassigned", "Pair work", "Aino Valmentaja", "Eero Esihenkilö"], options);
    }

    [Fact]
    public void Filters_ChoosingAWorker_SetsTheFilterAndNotifies()
    {
        var filter = new BoardFilter();
        var changed = 0;
        var cut = Render<BoardFilters>(p => p.Add(c => c.Filter, filter).Add(c => c.Workers, [Aino, Eero])
            .Add(c => c.Changed, () => changed++));

        cut.Find("select.worker-filter").Change(Eero.Id.ToString());

        Assert.Equal(Eero.Id.ToString(), filter.Worker);
        Assert.Equal(1, changed);
    }
}
