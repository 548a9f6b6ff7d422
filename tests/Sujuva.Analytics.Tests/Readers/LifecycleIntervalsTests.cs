using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class LifecycleIntervalsTests
{
    private static readonly ReadOptions Intervals = new() { Intervals = true, Pm4PyCompat = true };

    private static string E(string activity, int hour, string transition, string? instance = null) =>
        XesEvent(activity, $"2023-01-01T{hour:00}:00:00.000+00:00",
            $"<string key=\"lifecycle:transition\" value=\"{transition}\"/>"
            + (instance is null ? "" : $"<string key=\"concept:instance\" value=\"{instance}\"/>"));

    private static (string Activity, int Start, int End)[] Events(EventLog log) =>
        [.. Enumerable.Range(0, log.EventCount).Select(e => (log.Activities[log.Activity[e]],
            new DateTime(log.StartTimestamp![e]).Hour, new DateTime(log.Timestamp[e]).Hour))];

    [Fact]
    public void Pair_ByInstance_MatchesStartAndCompleteOfTheSameInstance()
    {
        var log = Xes(XesLog(("A", [E("W", 1, "start", "i1"), E("W", 2, "start", "i2"), E("W", 3, "complete", "i2"), E("W", 4, "complete", "i1")])), Intervals);
        Assert.Equal([("W", 1, 4), ("W", 2, 3)], Events(log));
    }

    [Fact]
    public void Pair_WithoutInstance_IsFirstInFirstOut()
    {
        var log = Xes(XesLog(("A", [E("W", 1, "start"), E("W", 2, "start"), E("W", 3, "complete"), E("W", 4, "complete")])), Intervals);
        Assert.Equal([("W", 1, 3), ("W", 2, 4)], Events(log));
    }

    [Fact]
    public void Pair_OrphansAndOtherTransitions_FollowPm4Py()
    {
        var log = Xes(XesLog(("A", [E("S", 1, "schedule"), E("C", 2, "COMPLETE"), E("O", 3, "start"), E("W", 4, "start"), E("W", 5, "complete")])), Intervals);
        // complete without start: start = complete; start without complete and schedule: dropped.
        Assert.Equal([("C", 2, 2), ("W", 4, 5)], Events(log));
        Assert.False(log.Attributes.Event.TryGetValue(LifecycleIntervals.TransitionKey, out var t) && t.Any(v => v is not null));
    }

    [Fact]
    public void Pair_ResortsEachCaseByStart()
    {
        var log = Xes(XesLog(("A", [E("Long", 1, "start"), E("Short", 2, "start"), E("Short", 3, "complete"), E("Long", 9, "complete")])), Intervals);
        Assert.Equal([("Long", 1, 9), ("Short", 2, 3)], Events(log));
    }

    [Fact]
    public void Pair_CsvWithLifecycleColumn_PairsToo()
    {
        var log = Csv("case,activity,timestamp,lifecycle:transition\nA,W,2023-01-01T01:00:00Z,start\nB,W,2023-01-01T02:00:00Z,complete\nA,W,2023-01-01T03:00:00Z,complete\n",
            new ReadOptions { Intervals = true });
        Assert.Equal(["A", "B"], log.CaseIds);
        Assert.Equal([("W", 1, 3), ("W", 2, 2)], Events(log));
    }
}
