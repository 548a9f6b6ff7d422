using System.Text;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// Writes one row per event in PM4Py's column names: case:concept:name, concept:name,
/// time:timestamp, start_timestamp, org:resource, org:group, then case attributes as "case:key"
/// and event attributes by key. Log-level attributes have no place in a CSV and are left out.
/// </summary>
internal static class CsvEventLogWriter
{
    public static void Write(EventLog log, Stream stream, char delimiter = ',')
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        var caseKeys = log.Attributes.Case.Keys.ToArray();
        var eventKeys = log.Attributes.Event.Keys.ToArray();
        var header = new List<string> { "case:concept:name", "concept:name", "time:timestamp" };
        if (log.StartTimestamp is not null) header.Add("start_timestamp");
        if (log.Resource is not null) header.Add("org:resource");
        if (log.Group is not null) header.Add("org:group");
        header.AddRange(caseKeys.Select(k => "case:" + k));
        header.AddRange(eventKeys);
        w.Write(string.Join(delimiter, header.Select(h => CsvCell.Quoted(h, delimiter))));
        w.Write('\n');

        var caseColumns = caseKeys.Select(k => log.Attributes.Case[k]).ToArray();
        var eventColumns = eventKeys.Select(k => log.Attributes.Event[k]).ToArray();
        Span<char> time = stackalloc char[TimestampFormat.MaxLength];
        for (var c = 0; c < log.CaseCount; c++)
        {
            var caseId = CsvCell.Quoted(log.CaseIds[c], delimiter);
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                w.Write(caseId);
                w.Write(delimiter);
                w.Write(CsvCell.Quoted(log.Activities[log.Activity[e]], delimiter));
                w.Write(delimiter);
                w.Write(time[..TimestampFormat.Write(log.Timestamp[e], log.TimestampOffsets?[e] ?? 0, time)]);
                if (log.StartTimestamp is { } start)
                {
                    w.Write(delimiter);
                    w.Write(time[..TimestampFormat.Write(start[e], log.StartTimestampOffsets?[e] ?? 0, time)]);
                }
                if (log.Resource is { } resource) Name(w, delimiter, resource[e], log.Resources);
                if (log.Group is { } group) Name(w, delimiter, group[e], log.Groups);
                foreach (var column in caseColumns) Value(w, delimiter, column[c]);
                foreach (var column in eventColumns) Value(w, delimiter, column[e]);
                w.Write('\n');
            }
        }
    }

    private static void Name(StreamWriter w, char delimiter, int id, NameTable names)
    {
        w.Write(delimiter);
        if (id >= 0) w.Write(CsvCell.Quoted(names[id], delimiter));
    }

    private static void Value(StreamWriter w, char delimiter, AttributeValue? value)
    {
        w.Write(delimiter);
        if (value is { } v) w.Write(CsvCell.Quoted(v.Text, delimiter));
    }
}
