namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Aggregates of a set of durations in seconds, as pandas computes them: median is the mean of the
/// two middle values, Stdev the sample standard deviation (ddof = 1), null for one observation.
/// </summary>
public sealed record TimeStatistics(int Count, double Mean, double Median, double Min, double Max, double Sum, double? Stdev)
{
    /// <summary>Aggregates <paramref name="values"/>; reorders them (the median is found by selection, not sorting).</summary>
    public static TimeStatistics Of(Span<double> values)
    {
        if (values.IsEmpty) throw new ArgumentException("No values.", nameof(values));
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        var n = values.Length;
        var mean = sum / n;
        double? stdev = null;
        if (n > 1)
        {
            var squares = 0.0;
            foreach (var v in values) squares += (v - mean) * (v - mean);
            stdev = Math.Sqrt(squares / (n - 1));
        }
        return new TimeStatistics(n, mean, Percentiles.MedianOfUnsorted(values), min, max, sum, stdev);
    }
}
