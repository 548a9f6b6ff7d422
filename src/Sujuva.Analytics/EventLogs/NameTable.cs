namespace Sujuva.Analytics.EventLogs;

/// <summary>Interns names (activities, resources, groups) to dense ints, in order of first sight.</summary>
public sealed class NameTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

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

    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);
}
