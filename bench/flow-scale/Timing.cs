using System.Diagnostics;
using System.Globalization;

namespace Sujuva.Bench.FlowScale;

/// <summary>One request repeated: the first (cold for its scope and period) and the median and 95th percentile of the rest.</summary>
public sealed record Timing(string Name, double FirstMs, double P50Ms, double P95Ms, int Bytes)
{
    public static async Task<Timing> MeasureAsync(HttpClient http, string name, string path, int repeats)
    {
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i <= repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = (await Api.GetAsync(http, path)).Length;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var warm = times.Skip(1).Order().ToArray();
        return new Timing(name, times[0], Percentile(warm, 0.5), Percentile(warm, 0.95), bytes);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {FirstMs:F0} | {P50Ms:F0} | {P95Ms:F0} | {Bytes / 1024.0:F0} |");
}
