using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class ValueStreamTests
{
    [Fact]
    public void Of_BackwardMoveAndIncompleteDecline_LowerCompleteAndAccurate()
    {
        // Case a: arvio 0–2, tyo 2–4, back to arvio 4–5, tyo 5–6, closed; 1440 min logged in tyo.
        var a = new CaseTimeline("a", "o", T(0), T(6),
            [new("arvio", StageKind.Working, T(0), T(2)), new("tyo", StageKind.Working, T(2), T(4)),
             new("arvio", StageKind.Working, T(4), T(5)), new("tyo", StageKind.Working, T(5), T(6))],
            [], [new(T(3), 1440, null)]);
        var b = new CaseTimeline("b", "o", T(0), T(4),
            [new("arvio", StageKind.Working, T(0), T(1)), new("tyo", StageKind.Working, T(1), T(4))], [], []);
        Handoff[] declined = [new("o", "p", T(4), T(5), "Incomplete", null) { FromStage = "tyo" }];

        var stream = ValueStream.Of([a, b], ["arvio", "tyo"], declined, T(10));

        var arvio = stream.Steps[0];
        Assert.Equal((2, 2.0, 3, 1), (arvio.Cases, arvio.LeadTimeDays, arvio.Leaving, arvio.Rework));
        Assert.Equal(100 * (1 - 1.0 / 3), arvio.PercentCompleteAccurate, 9);
        var tyo = stream.Steps[1];
        Assert.Equal((3.0, 0.5, 3, 1), (tyo.LeadTimeDays, tyo.ProcessTimeDays, tyo.Leaving, tyo.Rework));
        Assert.Equal(5, stream.TotalLeadTimeDays, 9);
        Assert.Equal(10, stream.ActivityRatio, 9);
        Assert.Equal(100 * (2.0 / 3) * (2.0 / 3), stream.RolledPercentCompleteAccurate, 9);
    }
}
