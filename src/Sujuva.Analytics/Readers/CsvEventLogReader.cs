using System.Text;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Reads a CSV event log: one row per event, cases may interleave. Standard columns are mapped
/// (see <see cref="CsvHeader"/>); every other column is kept, "case:x" as case attribute x.
/// </summary>
internal static class CsvEventLogReader
{
    public static EventLog Read(Stream stream, string file, ReadOptions options)
    {
        var reader = new CsvRecordReader(Utf8(stream), file);
        reader.Delimiter = options.Delimiter is { } d ? checked((byte)d) : CsvHeader.DetectDelimiter(reader.Head);
        string[] names;
        do
        {
            if (!reader.ReadRecord()) throw reader.Error(1, 0, "the file is empty: no header line");
        }
        while (reader.FieldCount == 1 && reader.FieldBytes(0).IsEmpty);
        names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++) names[i] = reader.Field(i).ToString();
        var header = CsvHeader.Resolve(names, options.Columns, reader);

        var builder = new EventLogBuilder();
        var columns = new AttributeColumn?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (header.IsStandard(i)) continue;
            var isCase = names[i].StartsWith("case:", StringComparison.Ordinal);
            columns[i] = new AttributeColumn(isCase ? names[i][5..] : names[i], isCase);
        }

        while (reader.ReadRecord())
        {
            if (reader.FieldCount == 1 && reader.FieldBytes(0).IsEmpty) continue;
            if (reader.FieldCount != names.Length)
                throw reader.Error(reader.RecordLine, 0, $"the row has {reader.FieldCount} fields; the header has {names.Length}");
            AddRow(reader, header, columns, builder, options);
        }

        foreach (var column in columns)
        {
            if (column is null) continue;
            var target = column.IsCase ? builder.Attributes.Case : builder.Attributes.Event;
            target[column.Key] = column.ToValues(column.IsCase ? builder.CaseCount : builder.EventCount);
        }
        return options.Intervals ? LifecycleIntervals.Pair(builder.Build(sortByTime: false), options.Pm4PyCompat)
            : builder.Build(sortByTime: true);
    }

    private static void AddRow(CsvRecordReader reader, CsvHeader header, AttributeColumn?[] columns,
        EventLogBuilder builder, ReadOptions options)
    {
        var caseId = reader.Field(header.Case);
        if (caseId.IsEmpty) throw reader.Error(reader.RecordLine, header.Case + 1, "the case id is empty");
        var caseIndex = builder.CaseIndex(caseId);
        var activityText = reader.Field(header.Activity);
        if (activityText.IsEmpty) throw reader.Error(reader.RecordLine, header.Activity + 1, "the activity is empty");
        var activity = builder.Activities.Intern(activityText);
        var time = Time(reader, header.Timestamp, options) ?? throw reader.Error(reader.RecordLine, header.Timestamp + 1, "the timestamp is empty");
        var start = header.Start >= 0 ? Time(reader, header.Start, options) : null;
        var resource = Name(reader, header.Resource, builder.Resources);
        var group = Name(reader, header.Group, builder.Groups);
        var row = builder.Add(caseIndex, activity, time, start, resource, group);
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column) continue;
            var text = reader.Field(i);
            if (text.IsEmpty) continue;
            if (text.Length > 1 << 20) throw reader.Error(reader.RecordLine, i + 1, "a value is longer than 1 MB");
            column.Set(column.IsCase ? caseIndex : row, builder.InternValue(text));
        }
    }

    private static long? Time(CsvRecordReader reader, int column, ReadOptions options)
    {
        var text = reader.Field(column);
        if (text.IsEmpty) return null;
        if (!TimestampText.TryParse(text, out var parsed))
            throw reader.Error(reader.RecordLine, column + 1,
                $"cannot read '{Clip(text)}' as a timestamp (ISO 8601 like 2026-11-23T14:05:00+02:00, or 23.11.2026 14:05)");
        return parsed.ToUtcTicks(options.TimeZone);
    }

    private static int Name(CsvRecordReader reader, int column, NameTable names)
    {
        if (column < 0) return -1;
        var text = reader.Field(column);
        return text.IsEmpty ? -1 : names.Intern(text);
    }

    internal static string Clip(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : $"{text[..60]}…";

    // UTF-16 with a byte order mark is transcoded; everything else is read as UTF-8.
    private static Stream Utf8(Stream stream)
    {
        if (!stream.CanSeek) return stream;
        Span<byte> bom = stackalloc byte[2];
        var n = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        stream.Seek(-n, SeekOrigin.Current);
        if (n < 2) return stream;
        if (bom[0] == 0xFF && bom[1] == 0xFE) return Encoding.CreateTranscodingStream(stream, Encoding.Unicode, Encoding.UTF8);
        if (bom[0] == 0xFE && bom[1] == 0xFF) return Encoding.CreateTranscodingStream(stream, Encoding.BigEndianUnicode, Encoding.UTF8);
        return stream;
    }
}
