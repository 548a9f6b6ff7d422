namespace Sujuva.Analytics.Flow;

/// <summary>One day of the cumulative flow diagram: counts at the end of the local day.</summary>
public sealed record CumulativeFlowDay(
    DateOnly Day, int Wip, IReadOnlyDictionary<string, int> PerStage, int CumulativeArrivals, int CumulativeDepartures);

/// <summary>
/// WIP(t) = #{c : a ≤ t &lt; z}, also per stage, and the cumulative flow diagram (METRICS.md §2):
/// for each local day, at its end, the count per stage plus cumulative arrivals #{a ≤ d} and departures #{z ≤ d}.
/// One sweep over sorted changes, so a year of 100,000 cases stays fast.
/// </summary>
public static class CumulativeFlow
{
    public static CumulativeFlowDay[] Daily(IReadOnlyList<CaseTimeline> cases, DateOnly from, DateOnly to, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var stages = new Dictionary<string, int>(StringComparer.Ordinal);
        var changes = new List<(long At, int Stage, int Delta)>(cases.Count * 6);
        foreach (var c in cases)
        {
            changes.Add((c.Arrival.Ticks, -1, +1));
            if (c.Closed is { } z) changes.Add((z.Ticks, -2, +1));
            foreach (var v in c.Visits)
            {
                if (!stages.TryGetValue(v.Stage, out var s)) stages[v.Stage] = s = stages.Count;
                changes.Add((v.In.Ticks, s, +1));
                if (v.Out is { } o) changes.Add((o.Ticks, s, -1));
            }
        }

        changes.Sort(static (a, b) => a.At.CompareTo(b.At));
        var names = stages.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var perStage = new int[names.Length];
        int arrivals = 0, departures = 0, next = 0;
        var days = new CumulativeFlowDay[Math.Max(0, to.DayNumber - from.DayNumber + 1)];
        for (var i = 0; i < days.Length; i++)
        {
            var day = from.AddDays(i);
            var endTicks = DayCount.StartOfDayUtc(day.AddDays(1), zone).Ticks;
            for (; next < changes.Count && changes[next].At < endTicks; next++)
            {
                var (_, stage, delta) = changes[next];
                if (stage == -1) arrivals++;
                else if (stage == -2) departures++;
                else perStage[stage] += delta;
            }

            var counts = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var s = 0; s < names.Length; s++) counts[names[s]] = perStage[s];
            days[i] = new CumulativeFlowDay(day, arrivals - departures, counts, arrivals, departures);
        }

        return days;
    }

    /// <summary>WIP at one instant: open cases, and cases per stage by their visit at that instant.</summary>
    public static (int Wip, IReadOnlyDictionary<string, int> PerStage) At(IEnumerable<CaseTimeline> cases, DateTime t)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var wip = 0;
        var perStage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (c.Arrival > t || c.Closed is { } z && z <= t) continue;
            wip++;
            foreach (var v in c.Visits)
                if (v.In <= t && (v.Out is not { } o || o > t)) perStage[v.Stage] = perStage.GetValueOrDefault(v.Stage) + 1;
        }

        return (wip, perStage);
    }
}
