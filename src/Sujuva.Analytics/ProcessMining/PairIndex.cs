namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Dense ids for (from, to) activity pairs in order of first sight: a flat table when the activity
/// count is small, a dictionary otherwise.
/// </summary>
internal sealed class PairIndex
{
    private const int MaxDense = 1024;
    private readonly int _activities;
    private readonly int[]? _dense;
    private readonly Dictionary<long, int>? _sparse;
    private readonly List<(int From, int To)> _pairs = [];

    public PairIndex(int activities)
    {
        _activities = activities;
        if (activities <= MaxDense)
        {
            _dense = new int[activities * activities];
            Array.Fill(_dense, -1);
        }
        else
        {
            _sparse = [];
        }
    }

    public int Count => _pairs.Count;

    public (int From, int To) this[int id] => _pairs[id];

    public int IdOf(int from, int to)
    {
        if (_dense is not null)
        {
            ref var slot = ref _dense[(from * _activities) + to];
            if (slot < 0)
            {
                slot = _pairs.Count;
                _pairs.Add((from, to));
            }
            return slot;
        }
        var key = ((long)from << 32) | (uint)to;
        if (!_sparse!.TryGetValue(key, out var id))
        {
            id = _pairs.Count;
            _sparse.Add(key, id);
            _pairs.Add((from, to));
        }
        return id;
    }
}
