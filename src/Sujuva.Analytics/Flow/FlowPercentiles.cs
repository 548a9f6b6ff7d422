namespace Sujuva.Analytics.Flow;

/// <summary>The percentiles flow charts show, by the flow rule (see <see cref="Percentiles.Flow"/>).</summary>
public sealed record FlowPercentiles(int Count, double P50, double P70, double P85, double P95)
{
    public static FlowPercentiles? Of(double[] values)
    {
        if (values.Length == 0) return null;
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return FromSorted(sorted);
    }

    public static FlowPercentiles? FromSorted(IReadOnlyList<double> sorted) =>
        sorted.Count == 0 ? null : new(sorted.Count, Percentiles.Flow(sorted, 0.50), Percentiles.Flow(sorted, 0.70),
            Percentiles.Flow(sorted, 0.85), Percentiles.Flow(sorted, 0.95));
}
