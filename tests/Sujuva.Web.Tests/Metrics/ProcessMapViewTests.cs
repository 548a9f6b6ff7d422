using Sujuva.Analytics.EventLogs;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Tests.Metrics;

/// <summary>
/// The process map on a hand-built log of three cases (hours after 08:00):
/// A: Queue 0, Work 2, Closed 5. B: Queue 0, Work 4, Closed 5. C: Queue 0, Work 1, Queue 2, Work 6, Closed 7.
/// </summary>
public sealed class ProcessMapViewTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static Sujuva.Analytics.EventLogs.EventLog Log()
    {
        var log = new EventLogBuilder();
        void Case(string id, params (string Activity, int Hour)[] events)
        {
            var c = log.CaseIndex(id);
            foreach (var (activity, hour) in events) log.Add(c, activity, Start.AddHours(hour).Ticks);
        }
        Case("A", ("Queue", 0), ("Work", 2), ("Closed", 5));
        Case("B", ("Queue", 0), ("Work", 4), ("Closed", 5));
        Case("C", ("Queue", 0), ("Work", 1), ("Queue", 2), ("Work", 6), ("Closed", 7));
        return log.Build();
    }

    [Fact]
    public void Of_AllCases_EdgesCountEveryPairAndTakeTheMedianTime()
    {
        var view = ProcessMapView.Of(Log(), null);

        // Queue → Work: A 2 h, B 4 h, C 1 h and 4 h; median of {1, 2, 4, 4} = 3 h. Work → Closed: {3, 1, 1} → 1 h.
        Assert.Equal(
            [new ProcessMapEdge("Queue", "Work", 4, TimeSpan.FromHours(3)), new ProcessMapEdge("Work", "Closed", 3, TimeSpan.FromHours(1)),
             new ProcessMapEdge("Work", "Queue", 1, TimeSpan.FromHours(1))],
            view.Edges);
        Assert.Equal(3, view.Cases);
        Assert.Null(view.Variant);
        Assert.Equal([new ProcessMapNode("Queue", 4), new ProcessMapNode("Work", 4), new ProcessMapNode("Closed", 3)], view.Nodes);
    }

    [Fact]
    public void Of_AllCases_VariantsAreRankedByCasesWithTheirShare()
    {
        var variants = ProcessMapView.Of(Log(), null).Variants;

        Assert.Equal(2, variants.Count);
        Assert.Equal((1, 2), (variants[0].Rank, variants[0].Cases));
        Assert.Equal(["Queue", "Work", "Closed"], variants[0].Activities);
        Assert.Equal(["Queue", "Work", "Queue", "Work", "Closed"], variants[1].Activities);
        Assert.Equal(2.0 / 3, variants[0].Share, 12);
        Assert.Equal((2, 1), (variants[1].Rank, variants[1].Cases));
        Assert.Equal(1.0 / 3, variants[1].Share, 12);
    }

    [Fact]
    public void Of_Variant_MapsOnlyItsCasesAndKeepsAllVariantsListed()
    {
        var loop = ProcessMapView.Of(Log(), 2);
        var straight = ProcessMapView.Of(Log(), 1);

        // Variant 2 is case C alone: Queue → Work {1 h, 4 h} → 2.5 h.
        Assert.Equal(
            [new ProcessMapEdge("Queue", "Work", 2, TimeSpan.FromHours(2.5)), new ProcessMapEdge("Work", "Closed", 1, TimeSpan.FromHours(1)),
             new ProcessMapEdge("Work", "Queue", 1, TimeSpan.FromHours(1))],
            loop.Edges);
        Assert.Equal((1, 2, 2), (loop.Cases, loop.Variant, loop.Variants.Count));
        // Variant 1 is A and B: Queue → Work {2, 4} → 3 h; Work → Closed {3, 1} → 2 h.
        Assert.Equal(
            [new ProcessMapEdge("Queue", "Work", 2, TimeSpan.FromHours(3)), new ProcessMapEdge("Work", "Closed", 2, TimeSpan.FromHours(2))],
            straight.Edges);
    }

    [Fact]
    public void Of_UnknownVariant_MapsAllCases() =>
        Assert.Equal((3, (int?)null), (ProcessMapView.Of(Log(), 9) is var v ? (v.Cases, v.Variant) : default));

    [Fact]
    public void Layout_Loop_KeepsTheMainPathTopToBottom()
    {
        var layout = ProcessMapView.Of(Log(), null).Layout();

        // Work → Queue closes a loop, so it does not push Queue below Work.
        Assert.True(layout.Positions["Queue"].Y < layout.Positions["Work"].Y);
        Assert.True(layout.Positions["Work"].Y < layout.Positions["Closed"].Y);
    }
}
