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
        // Changes as (time, code) in two arrays, sorted by time with the array overload (no comparer).
        // Code: -1 arrival, -2 departure, 2s + 1 entry into stage s, 2s + 2 exit from it.
        var times = new List<long>(cases.Count * 6);
        var codes = new List<int>(cases.Count * 6);
        foreach (var c in cases)
        {
            (times, codes).Add(c.Arrival.Ticks, -1);
            if (c.Closed is { } z) (times, codes).Add(z.Ticks, -2);
            foreach (var v in c.Visits)
            {
                if (!stages.TryGetValue(v.Stage, out var s)) stages[v.Stage] = s = stages.Count;
                (times, codes).Add(v.In.Ticks, 2 * s + 1);
                if (v.Out is { } o) (times, codes).Add(o.Ticks, 2 * s + 2);
            }
        }

        var at = times.ToArray();
        var code = codes.ToArray();
        Array.Sort(at, code);
        var names = stages.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var perStage = new int[names.Length];
        int arrivals = 0, departures = 0, next = 0;
        var days = new CumulativeFlowDay[Math.Max(0, to.DayNumber - from.DayNumber + 1)];
        for (var i = 0; i < days.Length; i++)
        {
            var day = from.AddDays(i);
            var endTicks = DayCount.StartOfDayUtc(day.AddDays(1), zone).Ticks;
            for (; next < at.Length && at[next] < endTicks; next++)
            {
                var k = code[next];
                if (k == -1) arrivals++;
                else if (k == -2) departures++;
                else perStage[(k - 1) / 2] += k % 2 == 1 ? 1 : -1;
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

    private static void Add(this (List<long> Times, List<int> Codes) changes, long at, int code)
    {
        changes.Times.Add(at);
        changes.Codes.Add(code);
    }
}
