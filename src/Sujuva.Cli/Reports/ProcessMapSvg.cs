using System.Globalization;
using System.Text;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>The process map: activities as boxes on a <see cref="ProcessMapLayout"/>, edges as curves whose width grows with the count.</summary>
internal static class ProcessMapSvg
{
    // More edges than this make a map nobody can read; the rest stay in the table.
    public const int MaxEdges = 80;

    // Only the most frequent edges carry a visible label; every edge has a tooltip.
    private const int LabelledEdges = 25;

    public static string Render(ProcessReport r, ReportTexts t)
    {
        var edges = r.DirectlyFollows.Take(MaxEdges).ToList();
        var layout = ProcessMapLayout.Of(r.Activities, r.StartActivities, edges);
        var maxCount = edges.Count == 0 ? 1 : edges.Max(e => e.Count);
        var counts = r.Activities.ToDictionary(a => a.Name, a => a.Count, StringComparer.Ordinal);
        var svg = new StringBuilder();
        var bounds = new Bounds(0, 0, layout.Width, layout.Height);
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#556\"/></marker></defs>");
        for (var i = edges.Count - 1; i >= 0; i--) Edge(svg, layout, edges[i], maxCount, labelled: i < LabelledEdges, t, bounds);
        foreach (var (name, (x, y)) in layout.Positions)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"node\"><rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{ProcessMapLayout.NodeWidth}\" height=\"{ProcessMapLayout.NodeHeight}\" rx=\"8\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + (ProcessMapLayout.NodeWidth / 2):0.#}\" y=\"{y + 19:0.#}\">{Html.Escape(Shorten(name))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sub\" x=\"{x + (ProcessMapLayout.NodeWidth / 2):0.#}\" y=\"{y + 35:0.#}\">{t.Count(counts.GetValueOrDefault(name))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.Escape(name)}</title></g>");
        }
        svg.Append("</svg>");
        // The frame is what was drawn: a loop back bends out further, and a label reaches further, than the layout's room.
        var (x0, y0) = (Math.Floor(bounds.MinX - Pad), Math.Floor(bounds.MinY - Pad));
        var (w, h) = (Math.Ceiling(bounds.MaxX + Pad) - x0, Math.Ceiling(bounds.MaxY + Pad) - y0);
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-label=\"{t["Process map"]}\" viewBox=\"{x0:0} {y0:0} {w:0} {h:0}\" width=\"{w:0}\" height=\"{h:0}\">") + svg;
    }

    // Room around the drawing, so that an arrow head or a stroke at the edge is not cut.
    private const double Pad = 8;

    /// <summary>Edge labels are 12 px; a character is at most about 0.62 em wide (digits, capitals).</summary>
    internal const double LabelFontSize = 12, CharWidth = 0.62;

    /// <summary>The extent of everything drawn, in user units (a Bézier curve stays inside its control points).</summary>
    private sealed class Bounds(double minX, double minY, double maxX, double maxY)
    {
        public double MinX { get; private set; } = minX;
        public double MinY { get; private set; } = minY;
        public double MaxX { get; private set; } = maxX;
        public double MaxY { get; private set; } = maxY;

        public void Add(double x, double y)
        {
            (MinX, MaxX) = (Math.Min(MinX, x), Math.Max(MaxX, x));
            (MinY, MaxY) = (Math.Min(MinY, y), Math.Max(MaxY, y));
        }

        /// <summary>A text anchored in the middle at (x, baseline).</summary>
        public void AddText(double x, double baseline, string text)
        {
            var half = text.Length * CharWidth * LabelFontSize / 2;
            Add(x - half, baseline - LabelFontSize);
            Add(x + half, baseline + (LabelFontSize / 3));
        }
    }

    private static void Edge(StringBuilder svg, ProcessMapLayout layout, DirectlyFollowsEdge e, int maxCount, bool labelled, ReportTexts t,
        Bounds bounds)
    {
        var (fx, fy) = layout.Positions[e.From];
        var (tx, ty) = layout.Positions[e.To];
        double x1 = fx + (ProcessMapLayout.NodeWidth / 2), x2 = tx + (ProcessMapLayout.NodeWidth / 2);
        string path;
        double lx, ly;
        if (e.From == e.To)
        {
            // A self-loop: a small arc on the right side of the box.
            double rx = fx + ProcessMapLayout.NodeWidth, cy = fy + (ProcessMapLayout.NodeHeight / 2);
            path = F($"M{rx},{cy - 10} C{rx + 40},{cy - 30} {rx + 40},{cy + 30} {rx},{cy + 10}");
            bounds.Add(rx + 40, cy - 30);
            bounds.Add(rx + 40, cy + 30);
            (lx, ly) = (rx + 34, cy);
        }
        else if (layout.Layers[e.To] > layout.Layers[e.From])
        {
            double y1 = fy + ProcessMapLayout.NodeHeight, y2 = ty;
            path = F($"M{x1},{y1} C{x1},{(y1 + y2) / 2} {x2},{(y1 + y2) / 2} {x2},{y2}");
            (lx, ly) = ((x1 + x2) / 2, (y1 + y2) / 2);
        }
        else
        {
            // A loop back or an edge inside a layer: from the right side, bending out to the right, so that
            // it stays clear of the forward edges.
            double y1 = fy + (ProcessMapLayout.NodeHeight / 2) + 6, y2 = ty + (ProcessMapLayout.NodeHeight / 2) - 6;
            double sx = fx + ProcessMapLayout.NodeWidth, ex = tx + ProcessMapLayout.NodeWidth;
            var bend = Math.Max(sx, ex) + 30 + (Math.Abs(y2 - y1) / 6);
            path = F($"M{sx},{y1} C{bend},{y1} {bend},{y2} {ex},{y2}");
            bounds.Add(bend, y1);
            bounds.Add(bend, y2);
            (lx, ly) = (bend - 8, (y1 + y2) / 2);
        }
        var width = 1 + (5 * Math.Sqrt((double)e.Count / maxCount));
        var median = e.Performance is { } p ? t.Duration(p.Median) : "";
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"edge\"><path d=\"{path}\" stroke-width=\"{width:0.##}\" marker-end=\"url(#arrow)\"/>");
        if (labelled)
        {
            var label = $"{t.Count(e.Count)} · {median}";
            bounds.AddText(lx, ly, label);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{lx:0.#}\" y=\"{ly:0.#}\">{Html.Escape(label)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<title>{Html.Escape(e.From)} → {Html.Escape(e.To)}: {t.Count(e.Count)}, {t["median"]} {Html.Escape(median)}</title></g>");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string name) => name.Length <= 24 ? name : string.Concat(name.AsSpan(0, 23), "…");
}
