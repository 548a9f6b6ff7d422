using System.Runtime.CompilerServices;
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
        var part = new CsvPart(ReadHeader(reader, options), options);
        part.Parse(reader);
        return part.Finish();
    }

    internal static (CsvHeader Header, byte Delimiter) ReadHeader(CsvRecordReader reader, ReadOptions options)
    {
        if (options.Delimiter is { } d && (d > 127 || d is '"' or '\n' or '\r'))
            throw reader.Error(0, 0, $"the delimiter '{d}' cannot be used: give one ASCII character other than a quote or line break");
        reader.Delimiter = options.Delimiter is { } c ? (byte)c : CsvHeader.DetectDelimiter(reader.Head);
        do
        {
            if (!reader.ReadRecord()) throw reader.Error(1, 0, "the file is empty: no header line");
        }
        while (reader.FieldCount == 1 && reader.FieldBytes(0).IsEmpty);
        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++) names[i] = reader.Field(i).ToString();
        return (CsvHeader.Resolve(names, options.Columns, reader), reader.Delimiter);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddRow(CsvRecordReader reader, CsvHeader header, AttributeColumn?[] columns,
        CsvNames names, EventLogBuilder builder, ReadOptions options)
    {
        var caseIndex = names.Case(reader, header.Case, builder);
        var activity = names.Name(reader, header.Activity, names.Activities, builder.Activities);
        if (activity < 0) throw reader.Error(reader.RecordLine, header.Activity + 1, "the activity is empty");
        ushort offset = 0, startOffset = 0;
        var time = Time(reader, header.Timestamp, options, ref offset) ?? throw reader.Error(reader.RecordLine, header.Timestamp + 1, "the timestamp is empty");
        var start = header.Start >= 0 ? Time(reader, header.Start, options, ref startOffset) : null;
        var resource = header.Resource >= 0 ? names.Name(reader, header.Resource, names.Resources, builder.Resources) : -1;
        var group = header.Group >= 0 ? names.Name(reader, header.Group, names.Groups, builder.Groups) : -1;
        var row = builder.Add(caseIndex, activity, time, start, resource, group, offset, startOffset);
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column || reader.FieldBytes(i).IsEmpty) continue;
            var text = reader.Field(i);
            if (text.Length > 1 << 20) throw reader.Error(reader.RecordLine, i + 1, "a value is longer than 1 MB");
            column.Set(column.IsCase ? caseIndex : row, builder.InternValue(text));
        }
    }

    private static long? Time(CsvRecordReader reader, int column, ReadOptions options, ref ushort offset)
    {
        var bytes = reader.FieldBytes(column);
        if (bytes.IsEmpty) return null;
        if (!TimestampText.TryParse(bytes, out var parsed))
            throw reader.Error(reader.RecordLine, column + 1,
                $"cannot read '{Clip(reader.Field(column))}' as a timestamp (ISO 8601 like 2026-11-23T14:05:00+02:00, or 23.11.2026 14:05)");
        offset = parsed.Offset(options.TimeZone).Code;
        return parsed.ToUtcTicks(options.TimeZone);
    }

    internal static string Clip(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : $"{text[..60]}…";

    // UTF-16 with a byte order mark is transcoded; everything else is read as UTF-8.
    internal static Stream Utf8(Stream stream)
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
