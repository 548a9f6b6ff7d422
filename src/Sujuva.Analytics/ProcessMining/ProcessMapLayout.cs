namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// The process map's layout, one for every map Sujuva draws (the web app's process map and the HTML report
/// of `sujuva analyze`): a layered (Sugiyama-style) layout of the directly-follows graph, top to bottom.
/// Only the backbone places activities: each activity's most frequent incoming edge, plus every edge with
/// at least 2 % of all pairs, so that rare paths do not stretch the map. Backbone edges that close a loop,
/// found by a depth-first search from the start activities, are set aside; every activity then goes one
/// layer below its deepest predecessor (longest path); inside a layer, activities are ordered by the mean
/// position of their predecessors, so that arrows cross less.
/// </summary>
public sealed class ProcessMapLayout
{
    // SideRoom: loops back and edges inside a layer bend out to the right of the boxes.
    public const double NodeWidth = 180, NodeHeight = 44, LayerGap = 70, ColumnGap = 50, Margin = 40, SideRoom = 160;

    private ProcessMapLayout(Dictionary<string, (double X, double Y)> positions, Dictionary<string, int> layers,
        double width, double height)
    {
        Positions = positions;
        Layers = layers;
        Width = width;
        Height = height;
    }

    /// <summary>Top-left corner of each activity's box.</summary>
    public IReadOnlyDictionary<string, (double X, double Y)> Positions { get; }

    /// <summary>Each activity's layer, 0 at the top.</summary>
    public IReadOnlyDictionary<string, int> Layers { get; }

    public double Width { get; }

    public double Height { get; }

    /// <param name="activities">Every activity on the map, most frequent first.</param>
    /// <param name="starts">The activities cases start with, most frequent first: the roots of the layers.</param>
    /// <param name="edges">The edges to draw, most frequent first.</param>
    public static ProcessMapLayout Of(IReadOnlyList<NameCount> activities, IReadOnlyList<NameCount> starts,
        IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(edges);
        var graph = new LayerGraph(activities.Select(a => a.Name), Backbone(edges).Select(e => (e.From, e.To)));
        var layers = graph.Layers(starts.Select(s => s.Name));
        var rows = graph.OrderedRows(layers, activities.Select(a => a.Name));

        var widest = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var width = (2 * Margin) + SideRoom + (widest * NodeWidth) + ((widest - 1) * ColumnGap);
        var positions = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var y = Margin;
        foreach (var row in rows)
        {
            var rowWidth = (row.Count * NodeWidth) + ((row.Count - 1) * ColumnGap);
            var x = (width - SideRoom - rowWidth) / 2;
            foreach (var name in row)
            {
                positions[name] = (x, y);
                x += NodeWidth + ColumnGap;
            }
            y += NodeHeight + LayerGap;
        }
        return new ProcessMapLayout(positions, layers, width, Math.Max(y - LayerGap + Margin, 2 * Margin));
    }

    // Edges come most frequent first, so the first edge into an activity is its most frequent one.
    private static List<DirectlyFollowsEdge> Backbone(IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        var between = edges.Where(e => e.From != e.To).ToList();
        var strong = between.Sum(e => (long)e.Count) * 0.02;
        var entered = new HashSet<string>(StringComparer.Ordinal);
        return [.. between.Where(e => entered.Add(e.To) || e.Count >= strong)];
    }
}
