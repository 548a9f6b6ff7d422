namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// Interns attribute text so that a million rows of "35.0" share one string. Bounded: past
/// <see cref="MaxEntries"/> distinct values (ids, free text) it stops pooling and just allocates.
/// </summary>
internal sealed class ValuePool
{
    private const int MaxEntries = 1 << 20;
    private const int MaxPooledLength = 64;
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ValuePool() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return string.Empty;
        if (text.Length > MaxPooledLength) return text.ToString();
        if (_lookup.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        if (_set.Count < MaxEntries) _set.Add(s);
        return s;
    }
}
