using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class HandoffMapperTests
{
    private static readonly StageMap Map = new StageMap()
        .Stage("Valmennus", StageKind.Working)
        .Stage("Lähete vastaanotettu", StageKind.Waiting)
        .Stage("Työtoiminta alkoi", StageKind.Working);

    [Fact]
    public void FromEvents_GroupChange_IsAHandoffStartedAtTheFirstWorkingStage()
    {
        ActivityEvent[] events =
        [
            new("c1", "Valmennus", T(0), "te-palvelut"),
            new("c1", "Lähete lähetetty", T(2), "te-palvelut"),
            new("c1", "Lähete vastaanotettu", T(3), "kipina"),
            new("c1", "Puhelu", T(3.5), null),
            new("c1", "Työtoiminta alkoi", T(9), "kipina"),
        ];

        var handoff = Assert.Single(HandoffMapper.FromEvents(events, Map));

        Assert.Equal(("te-palvelut", "kipina"), (handoff.FromOrganisation, handoff.ToOrganisation));
        Assert.Equal((T(2), T(3), T(9)), (handoff.Sent, handoff.Decided!.Value, handoff.FirstWorkingInReceivingCase!.Value));
        Assert.Equal("Valmennus", handoff.FromStage);
        Assert.False(handoff.IsDeclined);
    }

    [Fact]
    public void FromEvents_BackAndForthWithoutWork_TwoHandoffsTheFirstNotStarted()
    {
        ActivityEvent[] events =
        [
            new("c1", "Valmennus", T(0), "a"),
            new("c1", "Lähete vastaanotettu", T(1), "b"),
            new("c1", "Valmennus", T(4), "a"),
        ];

        var handoffs = HandoffMapper.FromEvents(events, Map);

        Assert.Equal([("a", "b", (DateTime?)null), ("b", "a", T(4))],
            handoffs.Select(h => (h.FromOrganisation, h.ToOrganisation, h.FirstWorkingInReceivingCase)));
    }

    [Fact]
    public void FromEventLog_SameAsFromEvents_AndFeedsTheWaitPerPair()
    {
        var builder = new EventLogBuilder();
        var c = builder.CaseIndex("c1");
        builder.Add(c, "Valmennus", T(0).Ticks, null, null, "te-palvelut");
        builder.Add(c, "Lähete vastaanotettu", T(3).Ticks, null, null, "kipina");
        builder.Add(c, "Työtoiminta alkoi", T(7).Ticks, null, null, "kipina");

        var handoff = Assert.Single(HandoffMapper.FromEventLog(builder.Build(), Map));

        Assert.Equal(TimeSpan.FromDays(7), handoff.FirstWorkingInReceivingCase!.Value - handoff.Sent);
    }

    [Fact]
    public void FromEventLog_NoGroups_NoHandoffs()
    {
        var builder = new EventLogBuilder();
        builder.Add(builder.CaseIndex("c1"), "Valmennus", T(0).Ticks);

        Assert.Empty(HandoffMapper.FromEventLog(builder.Build(), Map));
    }
}
