namespace Sujuva.Analytics.Improvements;

/// <summary>Weekly series (METRICS.md §11): whole ISO weeks of Europe/Helsinki inside the period, each in the phase in force on its Monday.</summary>
public sealed partial record MeasureSeries
{
    /// <summary>
    /// The run chart's default: y = the usual median of the week's case values (the mean of the two middle ones for
    /// an even count, <see cref="Percentiles.Median"/>), n = their count. A week without values has no point: a
    /// median of nothing is not zero.
    /// </summary>
    public static MeasureSeries WeeklyMedians(IEnumerable<CaseValue> values, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(values);
        var byWeek = Bucket(values.Where(v => !double.IsNaN(v.Value)), v => v.Instant, fromUtc, toUtc);
        return Weekly(fromUtc, toUtc, changes, week =>
            byWeek.TryGetValue(week, out var list)
                ? (Percentiles.Median([.. list.Select(v => v.Value).Order()]), list.Count)
                : null);
    }

    /// <summary>
    /// The mean of the week's values, n = their count: the mean rating of the week's feedback answers, charted on an
    /// I chart as METRICS.md §6 charts it. A week without values has no point.
    /// </summary>
    public static MeasureSeries WeeklyMeans(IEnumerable<CaseValue> values, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(values);
        var byWeek = Bucket(values.Where(v => !double.IsNaN(v.Value)), v => v.Instant, fromUtc, toUtc);
        return Weekly(fromUtc, toUtc, changes, week =>
            byWeek.TryGetValue(week, out var list) ? (list.Sum(v => v.Value) / list.Count, list.Count) : null);
    }

    /// <summary>Throughput (closes) or arrivals per week: every whole week has a point, a week without any is a real 0.</summary>
    public static MeasureSeries WeeklyCounts(IEnumerable<DateTime> instants, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(instants);
        var byWeek = Bucket(instants, t => t, fromUtc, toUtc);
        return Weekly(fromUtc, toUtc, changes, week => (byWeek.TryGetValue(week, out var list) ? list.Count : 0, null));
    }

    /// <summary>
    /// Work in progress at the end of each week: the cases open at the instant the week ends (half-open spans, so a
    /// case closed exactly then is no longer in progress, one started exactly then already is).
    /// </summary>
    public static MeasureSeries WeeklyWip(IEnumerable<CaseSpan> cases, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var spans = cases.ToArray();
        return Weekly(fromUtc, toUtc, changes, week =>
        {
            var end = week.EndUtc;
            return (spans.Count(c => c.Start <= end && (c.End is not { } e || e > end)), null);
        });
    }

    /// <summary>
    /// The P chart's series: y = yes / answers, n = answers (CSAT: ratings 4–5 / answers). A week without answers
    /// has no point (a P chart needs n &gt; 0).
    /// </summary>
    public static MeasureSeries WeeklyProportions(IEnumerable<YesNo> answers, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var byWeek = Bucket(answers, a => a.Instant, fromUtc, toUtc);
        return Weekly(fromUtc, toUtc, changes, week =>
            byWeek.TryGetValue(week, out var list) ? ((double)list.Count(a => a.Yes) / list.Count, list.Count) : null);
    }

    private static MeasureSeries Weekly(DateTime fromUtc, DateTime toUtc, ChangeDates changes, Func<LocalWeek, (double Y, int? N)?> point)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var points = new List<SeriesPoint>();
        foreach (var week in LocalWeek.Within(fromUtc, toUtc))
            if (point(week) is { } p) points.Add(new SeriesPoint(week.Label, week.StartUtc, p.Y, p.N, changes.PhaseOf(week)));
        return new MeasureSeries(points, changes.Phases(fromUtc));
    }

    /// <summary>Groups items by the local week of their instant; items outside [fromUtc, toUtc) are dropped.</summary>
    private static Dictionary<LocalWeek, List<T>> Bucket<T>(IEnumerable<T> items, Func<T, DateTime> instant, DateTime fromUtc, DateTime toUtc)
    {
        var byWeek = new Dictionary<LocalWeek, List<T>>();
        foreach (var item in items)
        {
            var t = instant(item);
            if (t < fromUtc || t >= toUtc) continue;
            var week = LocalWeek.Containing(t);
            if (!byWeek.TryGetValue(week, out var list)) byWeek[week] = list = [];
            list.Add(item);
        }

        return byWeek;
    }
}
