using System.Globalization;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>The `analyze --format text` report: the same figures as JSON, for reading in a terminal.</summary>
internal static class TextReport
{
    public static void Write(TextWriter w, ProcessReport r, int topVariants)
    {
        var log = r.Log;
        w.WriteLine($"Cases       {Durations.Count(log.Cases)}");
        w.WriteLine($"Events      {Durations.Count(log.Events)}");
        w.WriteLine($"Activities  {Durations.Count(log.Activities)}");
        w.WriteLine($"First event {Iso(log.FirstEvent)}");
        w.WriteLine($"Last event  {Iso(log.LastEvent)}");
        if (r.CaseDurations is { } d)
        {
            w.WriteLine();
            w.WriteLine("Case duration (last − first event)");
            w.WriteLine($"  min {Durations.Format(d.Min)} · median {Durations.Format(d.Median)} · mean {Durations.Format(d.Mean)}"
                + $" · p85 {Durations.Format(d.P85)} · p95 {Durations.Format(d.P95)} · max {Durations.Format(d.Max)}");
        }
        Section(w, "Activities (events)", r.Activities);
        Section(w, "Start activities (cases)", r.StartActivities);
        Section(w, "End activities (cases)", r.EndActivities);

        w.WriteLine();
        w.WriteLine($"Directly follows ({r.DirectlyFollows.Count} edges; count, median and mean time)");
        foreach (var e in r.DirectlyFollows)
        {
            var p = e.Performance!;
            w.WriteLine($"  {e.Count,9:N0}  {e.From} → {e.To}  median {Durations.Format(p.Median)}, mean {Durations.Format(p.Mean)}");
        }

        w.WriteLine();
        var shown = Math.Min(topVariants, r.Variants.Count);
        w.WriteLine($"Variants ({Durations.Count(r.Variants.Count)}; top {shown})");
        for (var i = 0; i < shown; i++)
        {
            var v = r.Variants[i];
            w.WriteLine($"  {v.Cases,9:N0}  {string.Join(" → ", v.Activities)}");
        }

        if (r.ServiceTimes is { } service) Times(w, "Service time (complete − start; mean, median)", service);
        Times(w, "Waiting time before activity (mean, median)", r.WaitingTimes);
    }

    private static string Iso(DateTime? t) =>
        t?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? "–";

    private static void Section(TextWriter w, string title, IReadOnlyList<NameCount> counts)
    {
        w.WriteLine();
        w.WriteLine(title);
        foreach (var c in counts) w.WriteLine($"  {c.Count,9:N0}  {c.Name}");
    }

    private static void Times(TextWriter w, string title, IReadOnlyList<ActivityTime> times)
    {
        w.WriteLine();
        w.WriteLine(title);
        foreach (var t in times)
            w.WriteLine($"  {t.Activity}: {Durations.Format(t.Seconds.Mean)}, {Durations.Format(t.Seconds.Median)}");
    }
}
