using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Tests;

/// <summary>A small report to render: three cases, one with an interval event.</summary>
internal static class ReportLogs
{
    private static readonly DateTime Base = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static ProcessReport Small(bool withStart = false)
    {
        var b = new EventLogBuilder();
        Add(b, "c1", withStart, ("Register <client>", 0), ("Assess", 3600), ("Close", 7200));
        Add(b, "c2", withStart, ("Register <client>", 100), ("Close", 900));
        Add(b, "c3", withStart, ("Register <client>", 200), ("Assess", 4000), ("Assess", 5000), ("Close", 9000));
        return ProcessReport.Of(b.Build());
    }

    /// <summary>
    /// A long chain of steps with loops back from its last steps to its first and long labels: the loops bend out
    /// past the layout's side room, as a real service's rework does.
    /// </summary>
    public static ProcessReport LongLoops()
    {
        var b = new EventLogBuilder();
        string[] steps = [.. Enumerable.Range(1, 9).Select(i => $"Step {i} with a rather long activity name")];
        for (var c = 0; c < 12; c++)
        {
            var events = steps.Select((s, i) => (s, (double)(i * 86_400 * (c + 1)))).ToList();
            events.Add((steps[c % 3], events[^1].Item2 + 3_600_000));
            events.Add((steps[^1], events[^1].Item2 + 3_600_000));
            Add(b, $"c{c}", false, [.. events]);
        }

        return ProcessReport.Of(b.Build());
    }

    private static void Add(EventLogBuilder b, string id, bool withStart, params (string Activity, double At)[] events)
    {
        var c = b.CaseIndex(id);
        foreach (var (activity, at) in events)
        {
            var time = Base.AddSeconds(at).Ticks;
            b.Add(c, activity, time, withStart ? time - TimeSpan.TicksPerMinute : null);
        }
    }
}
