using System.Globalization;
using System.Text;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Tests.Readers;

/// <summary>Reads fixtures written in the tests themselves.</summary>
internal static class Fixture
{
    public static EventLog Csv(string text, ReadOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), EventLogFormat.Csv, options);

    public static EventLog Xes(string text, ReadOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), EventLogFormat.Xes, options);

    public static EventLog Read(byte[] bytes, EventLogFormat format, ReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return EventLogFiles.Read(stream, "fixture", format, options);
    }

    public static byte[] Write(EventLog log, EventLogFormat format)
    {
        var stream = new MemoryStream();
        EventLogFiles.Write(log, stream, format);
        return stream.ToArray();
    }

    /// <summary>One XES event; <paramref name="extra"/> is raw XML inside the event.</summary>
    public static string XesEvent(string activity, string time, string extra = "") =>
        $"""<event><string key="concept:name" value="{activity}"/><date key="time:timestamp" value="{time}"/>{extra}</event>""";

    public static string XesLog(params (string Case, string[] Events)[] traces)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><log xes.version=\"1849-2016\">");
        foreach (var (caseId, events) in traces)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<trace><string key=\"concept:name\" value=\"{caseId}\"/>");
            foreach (var e in events) sb.Append(e);
            sb.Append("</trace>");
        }
        return sb.Append("</log>").ToString();
    }

    public static long Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) =>
        new DateTime(y, mo, d, h, mi, s, ms, DateTimeKind.Utc).Ticks;

    public static string[] Activities(EventLog log, int c) =>
        [.. Enumerable.Range(log.CaseStart(c), log.CaseEnd(c) - log.CaseStart(c)).Select(e => log.Activities[log.Activity[e]])];
}
