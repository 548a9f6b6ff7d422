using Bunit;
using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using static Sujuva.Components.Tests.Boards;

namespace Sujuva.Components.Tests;

public sealed class SwimlaneTests : ComponentTest
{
    [Fact]
    public void Lanes_ByWorker_OneRowPerAssigneeThenUnassigned()
    {
        var board = Of([Card("C-1", Eero), Card("C-2")], [Card("C-3", Aino), Card("C-4", Eero)]);

        var cut = Render<BoardLanesView>(p => p.Add(c => c.Columns, LayoutColumn.OfBoard(board)).Add(c => c.Boards, [board])
            .Add(c => c.Mode, LaneMode.Worker).Add(c => c.Context, Context()));

        var lanes = cut.FindAll("tbody th[scope=row] span:first-child").Select(s => s.TextContent).ToList();
        Assert.Equal(["Aino Valmentaja", "Eero Esihenkilö", "Unassigned"], lanes);
        var eero = cut.FindAll("tr.lane")[1];
        var cells = eero.QuerySelectorAll("td");
        Assert.Contains("C-1", cells[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("C-4", cells[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(cells[2].QuerySelectorAll(".case-card"));
        Assert.Contains("2 cases", eero.QuerySelector(".lane-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_StageHeaders_AreColumnHeadersWithWipMarking()
    {
        var board = Of([], [Card("C-1", Aino), Card("C-2"), Card("C-3")]);

        var cut = Render<BoardLanesView>(p => p.Add(c => c.Columns, LayoutColumn.OfBoard(board)).Add(c => c.Boards, [board])
            .Add(c => c.Mode, LaneMode.Worker).Add(c => c.Context, Context()));

        var heads = cut.FindAll("thead th.lane-head");
        Assert.Equal(["Queue", "Work", "Done"], heads.Select(h => h.QuerySelector("h2")!.TextContent));
        Assert.Contains("over-limit", heads[1].ClassName, StringComparison.Ordinal);
        Assert.Contains("Over WIP limit", heads[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_ByTeam_OneRowPerTeamOfTheServices()
    {
        var family = Of([Card("C-1")], []);
        var rehab = Of([Card("C-2")], []) with { ServiceName = "Kuntouttava työtoiminta" };
        rehab = rehab with { TeamId = Guid.NewGuid(), TeamName = "Kuntoutustiimi" };
        BoardView[] boards = [family, rehab];

        var cut = Render<BoardLanesView>(p => p.Add(c => c.Columns, LayoutColumn.PerKind(boards, "Waiting", "Working"))
            .Add(c => c.Boards, boards).Add(c => c.Mode, LaneMode.Team).Add(c => c.Context, Context()));

        var rows = cut.FindAll("tr.lane");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Kuntoutustiimi", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("C-2", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Perhetiimi", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("C-1", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_FilterApplies_InsideEveryLane()
    {
        var board = Of([Card("C-1", Aino), Card("C-2", Aino, blocked: BlockReason.WaitingForDocuments)], []);

        var cut = Render<BoardLanesView>(p => p.Add(c => c.Columns, LayoutColumn.OfBoard(board)).Add(c => c.Boards, [board])
            .Add(c => c.Mode, LaneMode.Worker).Add(c => c.Context, Context(new BoardFilter { BlockedOnly = true })));

        var card = Assert.Single(cut.FindAll(".case-card"));
        Assert.Contains("C-2", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Toggle_ChoosingByWorker_ReportsTheMode()
    {
        LaneMode? chosen = null;
        var cut = Render<LaneToggle>(p => p.Add(c => c.Mode, LaneMode.None).Add(c => c.ModeChanged, m => chosen = m));

        cut.FindAll("input[type=radio]")[2].Change(true);

        Assert.Equal(LaneMode.Worker, chosen);
        Assert.Equal(["None", "By team", "By worker"], cut.FindAll("label span").Select(s => s.TextContent));
    }
}
