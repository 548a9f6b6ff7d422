using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Charts;

/// <summary>Measure series written by hand for chart tests: phase k has the k-th list of values, weekly from 5 January 2026.</summary>
internal static class ImprovementSeries
{
    private static readonly DateTime Start = new(2026, 1, 4, 22, 0, 0, DateTimeKind.Utc);

    public static MeasureSeries Of(params double[][] phases) => Of(null, phases);

    /// <summary>With n per point (a P chart's answers), the same n for every point.</summary>
    public static MeasureSeries Of(int? n, params double[][] phases)
    {
        var points = new List<SeriesPoint>();
        var ranges = new List<SeriesPhase>();
        for (var k = 0; k < phases.Length; k++)
        {
            var from = Start.AddDays(7 * points.Count);
            foreach (var y in phases[k])
                points.Add(new SeriesPoint($"P{points.Count + 1}", Start.AddDays(7 * points.Count), y, n, k));
            ranges.Add(new SeriesPhase(k, from, null));
        }

        for (var k = 0; k + 1 < ranges.Count; k++) ranges[k] = ranges[k] with { To = ranges[k + 1].From };
        return new MeasureSeries(points, ranges);
    }
}
