using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Case durations in seconds with their summary. Min, median (mean of the two middle values), mean and max
/// match the reference outputs; P85 and P95 use the flow rule k = max(1, ⌊p·n⌋) (METRICS.md §2).
/// </summary>
public sealed record CaseDurationSummary(int Count, double Min, double Median, double Mean, double Max, double P85, double P95);

/// <summary>
/// PM4Py's get_all_case_durations: complete time of the case's last row − complete time of its first row,
/// in row order (not max − min; start times are never used). A case with one event lasts 0 s.
/// </summary>
public static class CaseDurations
{
    /// <summary>Durations in seconds, one per case, in case order.</summary>
    public static double[] Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var durations = new double[log.CaseCount];
        var offsets = log.CaseOffsets;
        var ts = log.Timestamp;
        for (var c = 0; c < durations.Length; c++)
        {
            int from = offsets[c], to = offsets[c + 1];
            durations[c] = to > from ? (ts[to - 1] - ts[from]) / (double)TimeSpan.TicksPerSecond : 0;
        }
        return durations;
    }

    /// <summary>Summary of the durations; null for a log without cases. Does not change <paramref name="durations"/>.</summary>
    public static CaseDurationSummary? Summarise(ReadOnlySpan<double> durations)
    {
        if (durations.IsEmpty) return null;
        var sorted = durations.ToArray();
        Array.Sort(sorted);
        var sum = 0.0;
        foreach (var d in sorted) sum += d;
        return new CaseDurationSummary(sorted.Length, sorted[0], Percentiles.Median(sorted), sum / sorted.Length,
            sorted[^1], Percentiles.Flow(sorted, 0.85), Percentiles.Flow(sorted, 0.95));
    }
}
