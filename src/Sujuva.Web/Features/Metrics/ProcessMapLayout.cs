namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// A small layered layout of the directly-follows graph, top to bottom. Edges that close a loop (found by a
/// depth-first search from the most frequent activities, following the most frequent edges first) are set
/// aside; each activity then goes one layer below its deepest predecessor (longest path), and inside a
/// layer activities keep the order in which the search met them.
/// </summary>
public sealed class ProcessMapLayout
{
    public const double NodeWidth = 170, NodeHeight = 44, LayerGap = 76, ColumnGap = 60, Margin = 30, SideRoom = 160;

    private ProcessMapLayout(Dictionary<string, (double X, double Y)> positions, double width, double height) =>
        (Positions, Width, Height) = (positions, width, height);

    /// <summary>Top-left corner of each activity's box.</summary>
    public IReadOnlyDictionary<string, (double X, double Y)> Positions { get; }

    public double Width { get; }

    public double Height { get; }

    public static ProcessMapLayout Of(ProcessMapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var next = view.Nodes.ToDictionary(n => n.Activity, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var e in view.Edges.OrderByDescending(e => e.Count)) next[e.From].Add(e.To);
        var incoming = view.Edges.Where(e => e.From != e.To).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var roots = view.Nodes.OrderBy(n => incoming.Contains(n.Activity)).ThenByDescending(n => n.Events).Select(n => n.Activity);

        var order = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the search path, 2 done
        var forward = new List<(string From, string To)>();
        void Visit(string a)
        {
            state[a] = 1;
            order.Add(a);
            foreach (var b in next[a])
            {
                if (state.GetValueOrDefault(b) == 1) continue; // closes a loop
                forward.Add((a, b));
                if (state.GetValueOrDefault(b) == 0) Visit(b);
            }
            state[a] = 2;
        }
        foreach (var r in roots) if (!state.ContainsKey(r)) Visit(r);

        // Longest path: relax the forward edges until stable; without loop-closing edges they form no cycle.
        var layer = order.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (from, to) in forward)
            {
                if (layer[to] >= layer[from] + 1) continue;
                layer[to] = layer[from] + 1;
                changed = true;
            }
        }

        var rows = order.GroupBy(a => layer[a]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var widest = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var width = (2 * Margin) + SideRoom + (widest * NodeWidth) + ((widest - 1) * ColumnGap);
        var positions = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var y = Margin;
        foreach (var row in rows)
        {
            var x = (width - SideRoom - ((row.Count * NodeWidth) + ((row.Count - 1) * ColumnGap))) / 2;
            foreach (var a in row)
            {
                positions[a] = (x, y);
                x += NodeWidth + ColumnGap;
            }
            y += NodeHeight + LayerGap;
        }
        return new ProcessMapLayout(positions, width, Math.Max(y - LayerGap + Margin, 2 * Margin));
    }
}
