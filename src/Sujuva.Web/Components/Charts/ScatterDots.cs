namespace Sujuva.Web.Components.Charts;

/// <summary>
/// A scatterplot's points with those sharing a day and a value drawn as one dot with their count: exact, and
/// on a year of a busy service (tens of thousands of closed cases, whole days) several times fewer marks.
/// </summary>
public sealed record ScatterDots(DateOnly Day, double Value, int Count)
{
    public static IReadOnlyList<ScatterDots> Of(IEnumerable<(DateOnly Day, double Value)> points) =>
        [.. points.CountBy(p => p).Select(g => new ScatterDots(g.Key.Day, g.Key.Value, g.Value))];

    public int SizeClass => DotSizes.Of(Count);
}
