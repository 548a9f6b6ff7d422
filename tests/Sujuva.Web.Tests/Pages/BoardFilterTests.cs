using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Tests.Pages;

public sealed class BoardFilterTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static BoardCard Card(string pseudonym, double daysInStage, BlockReason? blockedReason = null) =>
        new(Guid.NewGuid(), pseudonym, Now.AddDays(-30), Now.AddDays(-daysInStage), blockedReason,
            blockedReason is null ? null : Now.AddDays(-1), 1);

    [Fact]
    public void Shows_NoFilter_EveryCard() => Assert.True(new BoardFilter().Shows(Card("C-1", 0), Now));

    [Fact]
    public void Shows_Text_MatchesPseudonymOrBlockReasonNameIgnoringCase()
    {
        var filter = new BoardFilter { Text = "decision", BlockReasonName = r => r == BlockReason.WaitingForDecision ? "Waiting for a Decision" : "?" };

        Assert.True(filter.Shows(Card("C-AAA", 1, BlockReason.WaitingForDecision), Now));
        Assert.False(filter.Shows(Card("C-CCC", 1, BlockReason.WaitingForClient), Now));
        Assert.False(filter.Shows(Card("C-BBB", 1), Now));
        Assert.True(new BoardFilter { Text = "c-aa" }.Shows(Card("C-AAA", 1), Now));
    }

    [Fact]
    public void Shows_Text_MatchesTheClientNameTheCardShows()
    {
        var named = Card("C-AAA", 1);
        var filter = new BoardFilter { Text = "virtanen", ClientName = id => id == named.CaseId ? "Ville Virtanen" : null };

        Assert.True(filter.Shows(named, Now));
        Assert.False(filter.Shows(Card("C-BBB", 1), Now));
    }

    [Fact]
    public void Shows_BlockedOnly_HidesUnblocked()
    {
        var filter = new BoardFilter { BlockedOnly = true };

        Assert.False(filter.Shows(Card("C-1", 1), Now));
        Assert.True(filter.Shows(Card("C-2", 1, BlockReason.WaitingForDocuments), Now));
    }

    [Theory]
    [InlineData(2.99, false)]
    [InlineData(3.0, true)]
    public void Shows_MinDays_CountsWholeElapsedDaysInStage(double days, bool shown) =>
        Assert.Equal(shown, new BoardFilter { MinDaysInStage = 3 }.Shows(Card("C-1", days), Now));

    [Fact]
    public void Shows_Worker_MatchesEitherOfTheTwoWorkers()
    {
        var (assignee, pair, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var paired = Card("C-1", 1) with { AssigneeId = assignee, PairId = pair };

        Assert.True(new BoardFilter { Worker = $"{assignee}" }.Shows(paired, Now));
        Assert.True(new BoardFilter { Worker = $"{pair}" }.Shows(paired, Now));
        Assert.False(new BoardFilter { Worker = $"{other}" }.Shows(paired, Now));
    }

    [Fact]
    public void Shows_PairWork_KeepsOnlyCasesWithAPair()
    {
        var filter = new BoardFilter { Worker = BoardFilter.PairWork };

        Assert.True(filter.Shows(Card("C-1", 1) with { AssigneeId = Guid.NewGuid(), PairId = Guid.NewGuid() }, Now));
        Assert.False(filter.Shows(Card("C-2", 1) with { AssigneeId = Guid.NewGuid() }, Now));
        Assert.True(filter.IsActive);
    }
}
