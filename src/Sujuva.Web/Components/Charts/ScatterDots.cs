namespace Sujuva.Web.Components.Charts;

/// <summary>
/// A scatterplot's points with those sharing a day and a value drawn as one dot with their count: exact, and
/// on a year of a busy service (tens of thousands of closed cases, whole days) several times fewer marks.
/// </summary>
public sealed record ScatterDots(DateOnly Day, double Value, int Count)
{
    /// <summary>Dot radius per size class: one case, 2–4, 5–15, 16 or more (area grows with the count, capped).</summary>
    public static readonly IReadOnlyList<(int MinCount, double Radius)> Sizes = [(1, 3.5), (2, 5), (5, 7), (16, 9)];

    public static IReadOnlyList<ScatterDots> Of(IEnumerable<(DateOnly Day, double Value)> points) =>
        [.. points.CountBy(p => p).Select(g => new ScatterDots(g.Key.Day, g.Key.Value, g.Value))];

    /// <summary>The index in <see cref="Sizes"/> of the largest class whose minimum the count reaches.</summary>
    public int SizeClass
    {
        get
        {
            var size = 0;
            for (var i = 1; i < Sizes.Count; i++) if (Count >= Sizes[i].MinCount) size = i;
            return size;
        }
    }
}
