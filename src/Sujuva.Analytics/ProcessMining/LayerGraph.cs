namespace Sujuva.Analytics.ProcessMining;

/// <summary>The graph work behind <see cref="ProcessMapLayout"/>: loop-breaking, longest-path layers, barycentre order.</summary>
internal sealed class LayerGraph
{
    private readonly List<string> _nodes;
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _forwardPrevious = new(StringComparer.Ordinal);

    public LayerGraph(IEnumerable<string> nodes, IEnumerable<(string From, string To)> edges)
    {
        _nodes = [.. nodes];
        foreach (var n in _nodes)
        {
            _next[n] = [];
            _forwardPrevious[n] = [];
        }
        foreach (var (from, to) in edges)
        {
            if (_next.ContainsKey(from) && _next.ContainsKey(to)) _next[from].Add(to);
        }
    }

    /// <summary>Layer per node: 0 for the roots, else one below the deepest predecessor over edges that do not close a loop.</summary>
    public Dictionary<string, int> Layers(IEnumerable<string> roots)
    {
        var order = new List<string>();  // post-order of the depth-first search
        var state = new Dictionary<string, int>(StringComparer.Ordinal);  // 1 on the stack, 2 done
        foreach (var root in roots.Concat(_nodes)) Visit(root, state, order);
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var l = 0;
            foreach (var p in _forwardPrevious[node]) l = Math.Max(l, layer[p] + 1);
            layer[node] = l;
        }
        return layer;
    }

    /// <summary>Rows of nodes per layer, each ordered by the mean position of its predecessors in the rows above.</summary>
    public List<List<string>> OrderedRows(Dictionary<string, int> layers, IEnumerable<string> byFrequency)
    {
        var rows = new List<List<string>>();
        foreach (var node in byFrequency)
        {
            var l = layers.GetValueOrDefault(node);
            while (rows.Count <= l) rows.Add([]);
            rows[l].Add(node);
        }
        rows.RemoveAll(r => r.Count == 0);
        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var keyed = row.Select((n, i) => (Node: n, Key: Barycentre(n, position) ?? i)).OrderBy(k => k.Key).ToList();
            row.Clear();
            row.AddRange(keyed.Select(k => k.Node));
            for (var i = 0; i < row.Count; i++) position[row[i]] = i - ((row.Count - 1) / 2.0);
        }
        return rows;
    }

    private double? Barycentre(string node, Dictionary<string, double> position)
    {
        var placed = _forwardPrevious[node].Where(position.ContainsKey).ToList();
        return placed.Count == 0 ? null : placed.Average(p => position[p]);
    }

    // Iterative depth-first search: an edge to a node still on the stack closes a loop and is left out.
    private void Visit(string root, Dictionary<string, int> state, List<string> order)
    {
        if (state.ContainsKey(root) || !_next.ContainsKey(root)) return;
        var stack = new Stack<(string Node, int Next)>();
        stack.Push((root, 0));
        state[root] = 1;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < _next[node].Count)
            {
                stack.Push((node, next + 1));
                var to = _next[node][next];
                if (!state.TryGetValue(to, out var s))
                {
                    _forwardPrevious[to].Add(node);
                    state[to] = 1;
                    stack.Push((to, 0));
                }
                else if (s == 2)
                {
                    _forwardPrevious[to].Add(node);
                }
                continue;
            }
            state[node] = 2;
            order.Add(node);
        }
    }
}
