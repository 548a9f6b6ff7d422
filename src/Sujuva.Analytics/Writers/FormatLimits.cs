using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// What writing a log in a format leaves out (docs/cli.md, "What each format keeps"): XES keeps
/// everything; CSV and OCEL 2.0 JSON have no place for log-level attributes, nested attributes or
/// the XES header, and some attribute types do not survive them.
/// </summary>
public static class FormatLimits
{
    public static IReadOnlyList<string> Lost(EventLog log, EventLogFormat format)
    {
        if (format is EventLogFormat.Xes or EventLogFormat.XesGz) return [];
        var name = format == EventLogFormat.Csv ? "CSV" : "OCEL 2.0 JSON";
        var a = log.Attributes;
        var lost = new List<string>();
        if (a.Log.Count > 0) lost.Add($"{name} has no place for log-level attributes: {a.Log.Count} left out");
        if (a.NestedCount > 0)
            lost.Add($"{name} has no place for nested attributes (XES lists, containers, meta-attributes): the children of {a.NestedCount} attributes left out, their own values kept");
        if (a.Xes is { } xes && xes.Extensions.Count + xes.Globals.Count + xes.Classifiers.Count > 0)
            lost.Add($"{name} has no place for the XES header: {xes.Extensions.Count} extensions, {xes.Globals.Count} globals, {xes.Classifiers.Count} classifiers left out");
        var columns = a.Case.Concat(a.Event).Where(kv => format == EventLogFormat.Csv ? !CsvKeepsType(kv.Value) : !OcelKeepsType(kv.Value))
            .Select(kv => kv.Key).Distinct(StringComparer.Ordinal).ToList();
        if (columns.Count > 0)
            lost.Add($"{name} does not keep the type or empty values of {columns.Count} attributes ({string.Join(", ", columns.Take(5))}{(columns.Count > 5 ? ", …" : "")})");
        return lost;
    }

    // A CSV cell is text: reading infers one type per column (int, float, boolean, date, else
    // string), and an empty cell is no value. A column survives when that gives back what it had.
    private static bool CsvKeepsType(AttributeValue?[] values)
    {
        AttributeKind? kind = null;
        foreach (var v in values)
        {
            if (v is not { } value) continue;
            if (value.Text.Length == 0 || (kind is { } k && k != value.Kind)) return false;
            kind = value.Kind;
        }
        return kind is null || kind == AttributeColumn.Infer([.. values.Select(v => v?.Text)]);
    }

    // OCEL 2.0 attribute types are string, integer, float, boolean and time: an XES id, list or container is not one.
    private static bool OcelKeepsType(AttributeValue?[] values) =>
        !values.Any(v => v?.Kind is AttributeKind.Id or AttributeKind.List or AttributeKind.Container);
}
