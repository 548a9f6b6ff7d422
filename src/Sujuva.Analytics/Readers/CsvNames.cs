using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Case ids and names found by their UTF-8 bytes: a row's case is usually the previous row's, and
/// activities, resources and groups are few, so most rows decode no text at all.
/// </summary>
internal sealed class CsvNames
{
    private byte[] _lastCase = [];
    private int _lastCaseLength = -1;
    private int _lastCaseIndex;

    public ByteKeyTable<int> Activities { get; } = new();

    public ByteKeyTable<int> Resources { get; } = new();

    public ByteKeyTable<int> Groups { get; } = new();

    public int Case(CsvRecordReader reader, int column, EventLogBuilder builder)
    {
        var bytes = reader.FieldBytes(column);
        if (bytes.Length == _lastCaseLength && bytes.SequenceEqual(_lastCase.AsSpan(0, _lastCaseLength))) return _lastCaseIndex;
        if (bytes.IsEmpty) throw reader.Error(reader.RecordLine, column + 1, "the case id is empty");
        _lastCaseIndex = builder.CaseIndex(reader.Field(column));
        if (_lastCase.Length < bytes.Length) _lastCase = new byte[Math.Max(bytes.Length, 64)];
        bytes.CopyTo(_lastCase);
        _lastCaseLength = bytes.Length;
        return _lastCaseIndex;
    }

    /// <summary>The id of a name in <paramref name="names"/>; -1 for an empty field.</summary>
    public int Name(CsvRecordReader reader, int column, ByteKeyTable<int> known, NameTable names)
    {
        var bytes = reader.FieldBytes(column);
        if (bytes.IsEmpty) return -1;
        if (known.TryGetValue(bytes, out var id)) return id;
        id = names.Intern(reader.Field(column));
        if (known.Count < 1 << 20) known.Add(bytes, id);
        return id;
    }
}
