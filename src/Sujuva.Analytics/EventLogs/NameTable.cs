namespace Sujuva.Analytics.EventLogs;

/// <summary>Interns names (activities, resources, groups) to dense ints, in order of first sight.</summary>
public sealed class NameTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly List<string> _names = [];

    public NameTable()
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    public string this[int id] => _names[id];

    public IReadOnlyList<string> Names => _names;

    public int Intern(string name)
    {
        if (_ids.TryGetValue(name, out var id)) return id;
        id = _names.Count;
        _ids.Add(name, id);
        _names.Add(name);
        return id;
    }

    /// <summary>Interns without allocating when the name is already known (readers parse into spans).</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        if (_spanIds.TryGetValue(name, out var id)) return id;
        return Intern(name.ToString());
    }

    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);
}
