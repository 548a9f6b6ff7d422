namespace Sujuva.Analytics.Readers;

/// <summary>Which CSV column holds which standard field; -1 when absent.</summary>
internal sealed record CsvHeader(string[] Names, int Case, int Activity, int Timestamp, int Start, int Resource, int Group)
{
    // Common names, first match wins (compared ignoring case): PM4Py's, then plain words.
    private static readonly string[] CaseNames = ["case:concept:name", "case_id", "case", "caseid", "case id"];
    private static readonly string[] ActivityNames = ["concept:name", "activity", "activity_name"];
    private static readonly string[] TimestampNames = ["time:timestamp", "end_time", "timestamp", "complete_timestamp", "end_timestamp"];
    private static readonly string[] StartNames = ["start_timestamp", "start_time"];
    private static readonly string[] ResourceNames = ["org:resource", "resource"];
    private static readonly string[] GroupNames = ["org:group", "organisation", "organization"];

    public bool IsStandard(int column) =>
        column == Case || column == Activity || column == Timestamp || column == Start || column == Resource || column == Group;

    public static CsvHeader Resolve(string[] names, CsvColumns columns, CsvRecordReader reader)
    {
        int Find(string? given, string[] common, bool required, string what)
        {
            if (given is not null)
            {
                var at = Array.FindIndex(names, n => string.Equals(n, given, StringComparison.Ordinal));
                if (at < 0) throw reader.Error(1, 0, $"the {what} column '{given}' is not in the header ({string.Join(", ", names)})");
                return at;
            }
            foreach (var name in common)
            {
                var at = Array.FindIndex(names, n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) return at;
            }
            if (required)
                throw reader.Error(1, 0, $"no {what} column: name one of {string.Join(", ", common)} in the header, "
                    + $"or map it explicitly (the header has {string.Join(", ", names)})");
            return -1;
        }

        var caseColumn = Find(columns.Case, CaseNames, true, "case id");
        var activity = Find(columns.Activity, ActivityNames, true, "activity");
        var timestamp = Find(columns.Timestamp, TimestampNames, true, "timestamp");
        var start = Find(columns.StartTimestamp, StartNames, false, "start timestamp");
        var resource = Find(columns.Resource, ResourceNames, false, "resource");
        var group = Find(columns.Group, GroupNames, false, "group");
        return new CsvHeader(names, caseColumn, activity, timestamp, start, resource, group);
    }

    /// <summary>The most frequent of , ; tab | outside quotes on the first line (comma on a tie).</summary>
    public static byte DetectDelimiter(ReadOnlySpan<byte> head)
    {
        Span<int> counts = stackalloc int[4];
        ReadOnlySpan<byte> candidates = [(byte)',', (byte)';', (byte)'\t', (byte)'|'];
        var quoted = false;
        foreach (var b in head)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (!quoted && b == (byte)'\n') break;
            else if (!quoted && candidates.IndexOf(b) is var k and >= 0) counts[k]++;
        }
        var best = 0;
        for (var k = 1; k < 4; k++) if (counts[k] > counts[best]) best = k;
        return candidates[best];
    }
}
