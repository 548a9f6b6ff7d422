using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

/// <summary>
/// A case closed and reopened later was closed in between: figures as of an instant in that gap count it closed, with
/// its lead time to that close, as the event log cut at that instant does; after the reopen it is open again.
/// </summary>
public sealed class ReopenedCaseTests
{
    /// <summary>Arrived at 0, worked 1–4, closed at 4, reopened at 10 into work, closed again at 12.</summary>
    private static readonly CaseTimeline Reopened = new("r1", null, T(0), T(12),
        [
            new("jono", StageKind.Waiting, T(0), T(1)),
            new("tyo", StageKind.Working, T(1), T(4)),
            new("tyo", StageKind.Working, T(10), T(12)),
        ],
        [], [])
    {
        UndoneCloses = [new UndoneClose(T(4), T(10))],
    };

    [Fact]
    public void AsOfTheGap_CountsTheCaseClosedAtItsFirstClose()
    {
        var summary = FlowSummary.Of([Reopened], T(6), DayConvention.ElapsedDays);

        Assert.Equal((1, 0), (summary.Closed, summary.Open));
        Assert.Equal(4, summary.LeadTime!.P50, 9);
        Assert.Equal(3, summary.CycleTime!.P50, 9);
    }

    [Fact]
    public void AsOfAfterTheReopen_CountsItOpen_AndAfterTheLastClose_ClosedWithTheGapInItsLeadTime()
    {
        var reopened = FlowSummary.Of([Reopened], T(11), DayConvention.ElapsedDays);
        var closed = FlowSummary.Of([Reopened], T(13), DayConvention.ElapsedDays);

        Assert.Equal((0, 1), (reopened.Closed, reopened.Open));
        Assert.Equal((1, 0), (closed.Closed, closed.Open));
        Assert.Equal(12, closed.LeadTime!.P50, 9);
    }

    [Fact]
    public void ClosedAsOf_IsTheCloseInForceAtTheInstant()
    {
        Assert.Equal([null, T(4), T(4), null, T(12)],
            new[] { T(3), T(4), T(9.9), T(10), T(12) }.Select(Reopened.ClosedAsOf));
    }
}
