using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Tests.ProcessMining;

/// <summary>Small logs whose figures the tests work out by hand. Times are seconds after 2024-01-01 UTC.</summary>
internal static class TestLogs
{
    private static readonly long Base = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public static long At(double seconds) => Base + (long)(seconds * TimeSpan.TicksPerSecond);

    /// <summary>
    /// 1: A@0 B@10 C@30 · 2: A@100 C@150 · 3: A@200 B@220 C@225 · 4: B@300.
    /// </summary>
    public static EventLog Simple()
    {
        var b = new EventLogBuilder();
        Add(b, "1", ("A", 0), ("B", 10), ("C", 30));
        Add(b, "2", ("A", 100), ("C", 150));
        Add(b, "3", ("A", 200), ("B", 220), ("C", 225));
        Add(b, "4", ("B", 300));
        return b.Build();
    }

    public static EventLog InRowOrder(params (string Activity, double At)[] events)
    {
        var b = new EventLogBuilder();
        Add(b, "1", events);
        return b.Build(sortByTime: false);
    }

    public static void Add(EventLogBuilder builder, string caseId, params (string Activity, double At)[] events)
    {
        var c = builder.CaseIndex(caseId);
        foreach (var (activity, at) in events) builder.Add(c, activity, At(at));
    }
}
