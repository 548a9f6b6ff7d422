using System.Globalization;
using System.Text;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>
/// Every attribute of a log as text, children included (log, XES header, cases, events, in log
/// order; columns by key, as their order is presentation, not content; each timestamp with its UTC
/// offset as the source wrote it): two logs hold the same
/// attribute trees exactly when their dumps are equal.
/// </summary>
internal static class AttributeTrees
{
    /// <param name="log">The log.</param>
    /// <param name="header">False leaves out the XES header (a log that did not come from XES gets the writer's).</param>
    public static string Dump(EventLog log, bool header = true) => string.Concat(Chunks(log, header));

    /// <summary>The dump in pieces: the log's own attributes, then one per case, so that large logs compare case by case.</summary>
    public static IEnumerable<string> Chunks(EventLog log, bool header = true)
    {
        var sb = new StringBuilder();
        var a = log.Attributes;
        if (header && a.Xes is { } xes)
        {
            foreach (var e in xes.Extensions) sb.Append(CultureInfo.InvariantCulture, $"extension {e}\n");
            foreach (var g in xes.Globals)
            {
                sb.Append(CultureInfo.InvariantCulture, $"global {g.Scope ?? "(none)"}\n");
                foreach (var node in g.Attributes) Node(sb, 1, node.Key, node.Value, node.Children);
            }
            foreach (var c in xes.Classifiers) sb.Append(CultureInfo.InvariantCulture, $"classifier {c}\n");
        }
        foreach (var (key, value) in a.Log) Node(sb, 0, "log " + key, value, a.LogChildren.GetValueOrDefault(key));
        for (var c = 0; c < log.CaseCount; c++)
        {
            yield return sb.ToString();
            sb.Clear();
            sb.Append(CultureInfo.InvariantCulture, $"case {log.CaseIds[c]}\n");
            Children(sb, a.CaseChildren.GetValueOrDefault((c, "concept:name")), 1);
            foreach (var (key, values) in a.Case.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                if (values[c] is { } v) Node(sb, 1, key, v, a.CaseChildren.GetValueOrDefault((c, key)));
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++) Event(sb, log, e);
        }
        yield return sb.ToString();
    }

    private static void Event(StringBuilder sb, EventLog log, int e)
    {
        var a = log.Attributes;
        sb.Append(CultureInfo.InvariantCulture, $"  event {log.Activities[log.Activity[e]]} {log.Timestamp[e]}{Offset(log.TimestampOffset(e))}");
        sb.Append(CultureInfo.InvariantCulture, $" {log.StartTimestamp?[e]}{(log.StartTimestamp is null ? "" : Offset(log.StartTimestampOffset(e)))}");
        sb.Append(CultureInfo.InvariantCulture, $" {(log.Resource?[e] is >= 0 and var r ? log.Resources[r] : "-")} {(log.Group?[e] is >= 0 and var g ? log.Groups[g] : "-")}\n");
        foreach (var key in (string[])["concept:name", "time:timestamp", "start_timestamp", "org:resource", "org:group"])
            if (a.EventChildren.GetValueOrDefault((e, key)) is { } standard) { sb.Append(CultureInfo.InvariantCulture, $"    {key}\n"); Children(sb, standard, 3); }
        foreach (var (key, values) in a.Event.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (values[e] is { } v) Node(sb, 2, key, v, a.EventChildren.GetValueOrDefault((e, key)));
    }

    // As written: an offset not recorded is written +00:00, and reads back as that.
    private static string Offset(TimestampOffset offset) =>
        offset.Style == OffsetStyle.Unrecorded ? " +0 HoursMinutes"
        : $" {offset.Minutes:+0;-0} {offset.Style}{(offset.NoFraction ? " whole seconds" : "")}";

    private static void Node(StringBuilder sb, int depth, string key, AttributeValue value, AttributeChildren? children)
    {
        sb.Append(' ', 2 * depth).Append(CultureInfo.InvariantCulture, $"{key} = {value.Kind} '{value.Text}'\n");
        Children(sb, children, depth + 1);
    }

    private static void Children(StringBuilder sb, AttributeChildren? children, int depth)
    {
        if (children is null) return;
        foreach (var node in children.Meta) Node(sb, depth, node.Key, node.Value, node.Children);
        if (children.Values is not { } values) return;
        sb.Append(' ', 2 * depth).Append(CultureInfo.InvariantCulture, $"values ({values.Count})\n");
        foreach (var node in values) Node(sb, depth + 1, node.Key, node.Value, node.Children);
    }
}
