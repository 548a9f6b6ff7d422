using System.Text.Json;

namespace Sujuva.Conformance.Tests;

/// <summary>The figures of one PM4Py reference JSON (shared/data/eventlogs/pm4py/README.md describes them).</summary>
internal sealed class Pm4pyReference(JsonElement root)
{
    public static Pm4pyReference Load(string path, string? section)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement.Clone();
        return new Pm4pyReference(section is null ? root : root.GetProperty(section));
    }

    public int Cases => root.GetProperty("num_cases").GetInt32();

    public int Events => root.GetProperty("num_events").GetInt32();

    public int ActivityCount => root.GetProperty("num_activities").GetInt32();

    public Dictionary<string, int> Activities => Counts("activities");

    public Dictionary<string, int> StartActivities => Counts("start_activities");

    public Dictionary<string, int> EndActivities => Counts("end_activities");

    public JsonElement PerformanceEdges => root.GetProperty("performance_dfg_seconds").GetProperty("edges");

    public Dictionary<(string, string), int> Frequencies => root.GetProperty("dfg").GetProperty("edges").EnumerateArray()
        .ToDictionary(e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!), e => e.GetProperty("frequency").GetInt32());

    public JsonElement Variants => root.GetProperty("variants");

    public JsonElement CaseDurations => root.GetProperty("case_duration_seconds");

    public JsonElement? ServiceTimes => root.TryGetProperty("service_time_seconds", out var s) ? s : null;

    private Dictionary<string, int> Counts(string name) =>
        root.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
}
