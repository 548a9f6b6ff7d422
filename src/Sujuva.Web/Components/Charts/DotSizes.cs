namespace Sujuva.Web.Components.Charts;

/// <summary>
/// Dot sizes of charts that draw cases sharing a position as one dot with their count: one case, 2–4, 5–15,
/// 16 or more (the area grows with the count, capped so a crowded day does not hide its neighbours).
/// </summary>
public static class DotSizes
{
    public static readonly IReadOnlyList<(int MinCount, double Radius)> All = [(1, 3.5), (2, 5), (5, 7), (16, 9)];

    /// <summary>The index in <see cref="All"/> of the largest class whose minimum the count reaches.</summary>
    public static int Of(int count)
    {
        var size = 0;
        for (var i = 1; i < All.Count; i++) if (count >= All[i].MinCount) size = i;
        return size;
    }

    /// <summary>An SVG path stroke width drawing a zero-length segment of this class as a dot.</summary>
    public static double StrokeWidth(int sizeClass) => 2 * All[sizeClass].Radius;
}
