using System.Text.Json;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>
/// The `analyze --format json` contract (docs/cli.md). Written with Utf8JsonWriter, not reflection, so that
/// start-up stays short. Durations are seconds.
/// </summary>
internal static class JsonReport
{
    public static void Write(Stream output, ProcessReport report, int topVariants)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        WriteLog(w, report.Log);
        WriteCounts(w, "activities", "events", report.Activities);
        WriteCounts(w, "startActivities", "cases", report.StartActivities);
        WriteCounts(w, "endActivities", "cases", report.EndActivities);
        WriteEdges(w, report.DirectlyFollows);
        WriteVariants(w, report.Variants, topVariants);
        WriteDurations(w, report.CaseDurations);
        if (report.ServiceTimes is { } service) WriteTimes(w, "serviceTimeSeconds", service);
        WriteTimes(w, "waitingTimeSeconds", report.WaitingTimes);
        w.WriteEndObject();
    }

    private static void WriteLog(Utf8JsonWriter w, LogStatistics log)
    {
        w.WriteStartObject("log");
        w.WriteNumber("cases", log.Cases);
        w.WriteNumber("events", log.Events);
        w.WriteNumber("activities", log.Activities);
        WriteTime(w, "firstEvent", log.FirstEvent);
        WriteTime(w, "lastEvent", log.LastEvent);
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTime? time)
    {
        if (time is { } t) w.WriteString(name, t);
        else w.WriteNull(name);
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, string countName, IReadOnlyList<NameCount> counts)
    {
        w.WriteStartArray(name);
        foreach (var c in counts)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteNumber(countName, c.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEdges(Utf8JsonWriter w, IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        w.WriteStartArray("directlyFollows");
        foreach (var e in edges)
        {
            w.WriteStartObject();
            w.WriteString("from", e.From);
            w.WriteString("to", e.To);
            w.WriteNumber("count", e.Count);
            if (e.Performance is { } p)
            {
                w.WriteNumber("meanSeconds", p.Mean);
                w.WriteNumber("medianSeconds", p.Median);
                w.WriteNumber("minSeconds", p.Min);
                w.WriteNumber("maxSeconds", p.Max);
                w.WriteNumber("sumSeconds", p.Sum);
                if (p.Stdev is { } s) w.WriteNumber("stdevSeconds", s);
                else w.WriteNull("stdevSeconds");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteVariants(Utf8JsonWriter w, IReadOnlyList<Variant> variants, int top)
    {
        w.WriteStartObject("variants");
        w.WriteNumber("total", variants.Count);
        w.WriteStartArray("top");
        for (var i = 0; i < Math.Min(top, variants.Count); i++)
        {
            w.WriteStartObject();
            w.WriteStartArray("activities");
            foreach (var a in variants[i].Activities) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteNumber("cases", variants[i].Cases);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDurations(Utf8JsonWriter w, CaseDurationSummary? d)
    {
        if (d is null)
        {
            w.WriteNull("caseDurationSeconds");
            return;
        }
        w.WriteStartObject("caseDurationSeconds");
        w.WriteNumber("count", d.Count);
        w.WriteNumber("min", d.Min);
        w.WriteNumber("median", d.Median);
        w.WriteNumber("mean", d.Mean);
        w.WriteNumber("max", d.Max);
        w.WriteNumber("p85", d.P85);
        w.WriteNumber("p95", d.P95);
        w.WriteEndObject();
    }

    private static void WriteTimes(Utf8JsonWriter w, string name, IReadOnlyList<ActivityTime> times)
    {
        w.WriteStartArray(name);
        foreach (var t in times)
        {
            w.WriteStartObject();
            w.WriteString("activity", t.Activity);
            w.WriteNumber("mean", t.Seconds.Mean);
            w.WriteNumber("median", t.Seconds.Median);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
