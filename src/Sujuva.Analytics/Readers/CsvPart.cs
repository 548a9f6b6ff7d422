using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>The rows of one stretch of a CSV file, read into their own builder (see <see cref="CsvParallelReader"/>).</summary>
internal sealed class CsvPart
{
    private readonly CsvHeader _header;
    private readonly ReadOptions _options;
    private readonly CsvNames _lookups = new();

    public CsvPart((CsvHeader Header, byte Delimiter) header, ReadOptions options)
    {
        (_header, Delimiter) = header;
        _options = options;
        var names = _header.Names;
        Columns = new AttributeColumn?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (_header.IsStandard(i)) continue;
            var isCase = names[i].StartsWith("case:", StringComparison.Ordinal);
            Columns[i] = new AttributeColumn(isCase ? names[i][5..] : names[i], isCase);
        }
    }

    public byte Delimiter { get; }

    public CsvHeader Header => _header;

    public EventLogBuilder Builder { get; } = new();

    public AttributeColumn?[] Columns { get; }

    public void Parse(CsvRecordReader reader)
    {
        var width = _header.Names.Length;
        while (reader.ReadRecord())
        {
            if (reader.FieldCount == 1 && reader.FieldBytes(0).IsEmpty) continue;
            if (reader.FieldCount != width)
                throw reader.Error(reader.RecordLine, 0, $"the row has {reader.FieldCount} fields; the header has {width}");
            CsvEventLogReader.AddRow(reader, _header, Columns, _lookups, Builder, _options);
        }
    }

    /// <summary>Appends a later part's rows (cases and names re-interned into this part's).</summary>
    public void Append(CsvPart later)
    {
        var rowOffset = Builder.EventCount;
        var caseMap = Builder.Append(later.Builder);
        for (var i = 0; i < Columns.Length; i++) Columns[i]?.Append(later.Columns[i]!, rowOffset, caseMap);
    }

    public EventLog Finish()
    {
        foreach (var column in Columns)
        {
            if (column is null) continue;
            var target = column.IsCase ? Builder.Attributes.Case : Builder.Attributes.Event;
            target[column.Key] = column.ToValues(column.IsCase ? Builder.CaseCount : Builder.EventCount);
        }
        return _options.Intervals ? LifecycleIntervals.Pair(Builder.Build(sortByTime: false), _options.Pm4PyCompat)
            : Builder.Build(sortByTime: true);
    }
}
