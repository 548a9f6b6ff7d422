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
