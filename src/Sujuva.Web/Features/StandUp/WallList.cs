namespace Sujuva.Web.Features.StandUp;

/// <summary>
/// The wall screen has no scrolling: a list shows its first rows (the lists are ordered most urgent first)
/// and says how many it left out ("+N more").
/// </summary>
public static class WallList
{
    /// <summary>The rows to show: all of them without a cap, otherwise at most max.</summary>
    public static IEnumerable<T> Shown<T>(IReadOnlyList<T> items, int? max)
    {
        ArgumentNullException.ThrowIfNull(items);
        return max is { } m ? items.Take(Math.Max(0, m)) : items;
    }

    /// <summary>How many rows the cap leaves out (0 without one).</summary>
    public static int Hidden<T>(IReadOnlyList<T> items, int? max)
    {
        ArgumentNullException.ThrowIfNull(items);
        return max is { } m ? Math.Max(0, items.Count - Math.Max(0, m)) : 0;
    }

    /// <summary>
    /// A person as a wall row names them: first name and the last name's initial ("Olli L."), so a name fits its
    /// column without breaking; the team in the room knows who is meant, and the full stand-up has the whole name.
    /// </summary>
    public static string Person(string? name)
    {
        var parts = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => "–",
            1 => parts[0],
            _ => $"{parts[0]} {char.ToUpperInvariant(parts[^1][0])}.",
        };
    }
}
