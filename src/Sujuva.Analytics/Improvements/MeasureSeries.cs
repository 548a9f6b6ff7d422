namespace Sujuva.Analytics.Improvements;

/// <summary>
/// A measure turned into a series by the rules of METRICS.md §11, so that the same series can be rebuilt from the
/// exported event log: the points in order, each with its phase, and every phase of the improvement (a phase may
/// have no points yet). The builders take plain values, not entities, so the web, the CLI and a test that reads the
/// export all build it the same way.
/// </summary>
public sealed partial record MeasureSeries(IReadOnlyList<SeriesPoint> Points, IReadOnlyList<SeriesPhase> Phases)
{
    /// <summary>
    /// One point per case whose instant falls in [fromUtc, toUtc), ordered by instant and, for equal instants, by
    /// case id (ordinal), so the order does not depend on the database's. Each point is in the phase in force at its instant.
    /// </summary>
    public static MeasureSeries Individuals(IEnumerable<CaseValue> values, DateTime fromUtc, DateTime toUtc, ChangeDates changes)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(changes);
        var points = values
            .Where(v => v.Instant >= fromUtc && v.Instant < toUtc && !double.IsNaN(v.Value))
            .OrderBy(v => v.Instant).ThenBy(v => v.CaseId, StringComparer.Ordinal)
            .Select(v => new SeriesPoint(v.CaseId, v.Instant, v.Value, null, changes.PhaseAt(v.Instant)))
            .ToArray();
        return new MeasureSeries(points, changes.Phases(fromUtc));
    }

    /// <summary>The number of points in each phase, phase 0 (the baseline) first.</summary>
    public int[] PointsPerPhase()
    {
        var counts = new int[Phases.Count];
        foreach (var p in Points) counts[p.Phase]++;
        return counts;
    }
}
