using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class HandoffWaitTests
{
    [Fact]
    public void PerPair_MixedReferrals_SplitsWaitsDeclinesAndPending()
    {
        Handoff[] handoffs =
        [
            new("kunta", "kipina", T(0), T(1), null, T(10)),
            new("kunta", "kipina", T(0), T(1), null, T(20)),
            new("kunta", "kipina", T(0), T(1), null, T(30)),
            new("kunta", "kipina", T(0), T(2), "Capacity", null),
            new("kunta", "kipina", T(0), T(2), "Incomplete", null),
            new("kunta", "kipina", T(0), T(3), "Incomplete", null),
            new("kunta", "kipina", T(36), null, null, null),
            new("kunta", "kipina", T(30), T(31), null, null),
            new("kunta", "koulutus", T(0), T(1), null, T(5)),
        ];

        var pairs = HandoffWait.PerPair(handoffs, T(40));

        var kipina = pairs[0];
        Assert.Equal(("kunta", "kipina"), (kipina.FromOrganisation, kipina.ToOrganisation));
        Assert.Equal(3, kipina.Started);
        Assert.Equal(10, kipina.MedianDays); // k = max(1, ⌊0.5 · 3⌋) = 1
        Assert.Equal(20, kipina.P85Days);    // k = ⌊0.85 · 3⌋ = 2
        Assert.Equal(3, kipina.Declined);
        Assert.Equal(2, kipina.DeclinedByReason["Incomplete"]);
        Assert.Equal([(false, 4.0), (true, 10.0)], kipina.Pending.Select(p => (p.Accepted, p.AgeDays)));
        Assert.Equal(5, pairs[1].MedianDays);
    }
}
