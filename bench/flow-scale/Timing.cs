using System.Diagnostics;
using System.Globalization;

namespace Sujuva.Bench.FlowScale;

/// <summary>
/// One request repeated: the first (cold for its scope and period), the median and 95th percentile of the rest,
/// and the app's CPU time per request over the rest (on a busy shared machine wall time is mostly waiting).
/// </summary>
public sealed record Timing(string Name, double FirstMs, double P50Ms, double P95Ms, double CpuMs, int Bytes)
{
    public static async Task<Timing> MeasureAsync(HttpClient http, string name, string path, int repeats, Func<TimeSpan> appCpu)
    {
        ArgumentNullException.ThrowIfNull(appCpu);
        var cpu = TimeSpan.Zero;
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i <= repeats; i++)
        {
            if (i == 1) cpu = appCpu();
            var clock = Stopwatch.StartNew();
            bytes = (await Api.GetAsync(http, path)).Length;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var warm = times.Skip(1).Order().ToArray();
        return new Timing(name, times[0], BenchSignIn.Percentile(warm, 0.5), BenchSignIn.Percentile(warm, 0.95),
            (appCpu() - cpu).TotalMilliseconds / Math.Max(1, repeats), bytes);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {FirstMs:F0} | {P50Ms:F0} | {P95Ms:F0} | {CpuMs:F0} | {Bytes / 1024.0:F0} |");
}
