using System.Text.Json;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Conformance.Tests;

internal static class TimesConformance
{
    public static void CompareDurations(Differences d, JsonElement expected, CaseDurationSummary? ours)
    {
        if (ours is null)
        {
            d.Add("case durations: none");
            return;
        }
        d.Equal("case durations count", expected.GetProperty("count").GetInt32(), ours.Count);
        d.Time("case duration min", expected.GetProperty("min").GetDouble(), ours.Min);
        d.Time("case duration median", expected.GetProperty("median").GetDouble(), ours.Median);
        d.Time("case duration mean", expected.GetProperty("mean").GetDouble(), ours.Mean);
        d.Time("case duration max", expected.GetProperty("max").GetDouble(), ours.Max);
    }

    public static void CompareServiceTimes(Differences d, JsonElement? expected, IReadOnlyList<ActivityTime>? ours)
    {
        if (expected is not { } reference)
        {
            if (ours is not null) d.Add("service times: PM4Py has none (no start timestamps), Sujuva has some");
            return;
        }
        var byActivity = (ours ?? []).ToDictionary(s => s.Activity, s => s.Seconds, StringComparer.Ordinal);
        foreach (var measure in new[] { "mean", "median" })
        {
            foreach (var p in reference.GetProperty(measure).EnumerateObject())
            {
                if (!byActivity.TryGetValue(p.Name, out var s)) d.Add($"service time {p.Name}: missing");
                else d.Time($"service time {measure} {p.Name}", p.Value.GetDouble(), measure == "mean" ? s.Mean : s.Median);
            }
        }
    }
}
