using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>
/// A layered layout of the directly-follows graph: an activity's layer is its shortest distance from a
/// start activity (breadth first), so loops point back up instead of stretching the map; activities
/// not reached go below. Inside a layer, the more frequent activity comes first.
/// </summary>
internal sealed class MapLayout
{
    public const double NodeWidth = 180, NodeHeight = 44, LayerGap = 90, ColumnGap = 40, Margin = 30;

    private MapLayout(Dictionary<string, (double X, double Y)> positions, double width, double height)
    {
        Positions = positions;
        Width = width;
        Height = height;
    }

    /// <summary>Top-left corner of each activity's box.</summary>
    public Dictionary<string, (double X, double Y)> Positions { get; }

    public double Width { get; }

    public double Height { get; }

    public static MapLayout Of(IReadOnlyList<NameCount> activities, IReadOnlyList<NameCount> starts,
        IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            if (!next.TryGetValue(e.From, out var list)) next[e.From] = list = [];
            list.Add(e.To);
        }
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var s in starts)
        {
            if (layer.TryAdd(s.Name, 0)) queue.Enqueue(s.Name);
        }
        while (queue.Count > 0)
        {
            var a = queue.Dequeue();
            foreach (var b in next.GetValueOrDefault(a) ?? [])
            {
                if (layer.TryAdd(b, layer[a] + 1)) queue.Enqueue(b);
            }
        }
        var deepest = layer.Count == 0 ? -1 : layer.Values.Max();
        var rows = new SortedDictionary<int, List<string>>();
        foreach (var a in activities)  // already most frequent first
        {
            var l = layer.TryGetValue(a.Name, out var found) ? found : deepest + 1;
            if (!rows.TryGetValue(l, out var row)) rows[l] = row = [];
            row.Add(a.Name);
        }

        var widest = rows.Count == 0 ? 1 : rows.Values.Max(r => r.Count);
        var width = (2 * Margin) + (widest * NodeWidth) + ((widest - 1) * ColumnGap);
        var positions = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var y = Margin;
        foreach (var row in rows.Values)
        {
            var rowWidth = (row.Count * NodeWidth) + ((row.Count - 1) * ColumnGap);
            var x = (width - rowWidth) / 2;
            foreach (var name in row)
            {
                positions[name] = (x, y);
                x += NodeWidth + ColumnGap;
            }
            y += NodeHeight + LayerGap;
        }
        return new MapLayout(positions, width, Math.Max(y - LayerGap + Margin, 2 * Margin));
    }
}
