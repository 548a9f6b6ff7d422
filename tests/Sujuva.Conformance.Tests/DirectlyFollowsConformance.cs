using System.Text.Json;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Conformance.Tests;

internal static class DirectlyFollowsConformance
{
    public static void Compare(Differences d, Pm4pyReference expected, IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        var ours = edges.ToDictionary(e => (e.From, e.To));
        var frequencies = expected.Frequencies;
        d.Equal("DFG edges", frequencies.Count, edges.Count);
        foreach (var ((from, to), count) in frequencies)
        {
            if (!ours.TryGetValue((from, to), out var edge)) d.Add($"DFG edge {from} → {to}: missing");
            else d.Equal($"DFG {from} → {to} frequency", count, edge.Count);
        }
        foreach (var e in edges.Where(e => !frequencies.ContainsKey((e.From, e.To)))) d.Add($"DFG edge {e.From} → {e.To}: not in PM4Py");

        foreach (var r in expected.PerformanceEdges.EnumerateArray())
        {
            var key = (r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()!);
            if (!ours.TryGetValue(key, out var edge)) continue;
            var p = edge.Performance!;
            var label = $"DFG {key.Item1} → {key.Item2}";
            d.Time($"{label} mean", r.GetProperty("mean").GetDouble(), p.Mean);
            d.Time($"{label} median", r.GetProperty("median").GetDouble(), p.Median);
            d.Time($"{label} min", r.GetProperty("min").GetDouble(), p.Min);
            d.Time($"{label} max", r.GetProperty("max").GetDouble(), p.Max);
            d.Time($"{label} sum", r.GetProperty("sum").GetDouble(), p.Sum);
            var stdev = r.GetProperty("stdev");
            d.Time($"{label} stdev", stdev.ValueKind == JsonValueKind.Null ? null : stdev.GetDouble(), p.Stdev);
        }
    }
}
