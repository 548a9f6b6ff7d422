namespace Sujuva.Web.Components.Charts;

/// <summary>
/// Places a chart's text labels so that none covers another or a box already drawn: each label gets the first of
/// its candidate positions that is free, or none (its text stays in the title and the data table). Text widths are
/// estimated from the character count, generously, since the server cannot measure the browser's font.
/// </summary>
public sealed class LabelPlacer
{
    /// <summary>An upper estimate of a character's advance as a share of the font size (wide digits and capitals).</summary>
    public const double CharWidth = 0.62;

    private readonly List<Box> _taken = [];

    /// <summary>A rectangle in SVG user units.</summary>
    public readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public bool Overlaps(Box o) => X < o.X + o.Width && o.X < X + Width && Y < o.Y + o.Height && o.Y < Y + Height;
    }

    /// <summary>The box of a text at a baseline point, for text-anchor start, middle or end.</summary>
    public static Box TextBox(double x, double baseline, string text, double fontSize, string anchor = "start")
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = text.Length * CharWidth * fontSize;
        var left = anchor switch { "middle" => x - (width / 2), "end" => x - width, _ => x };
        // From the ascender to the descender: about 0.95 em above the baseline and 0.3 em below it.
        return new Box(left, baseline - (0.95 * fontSize), width, 1.25 * fontSize);
    }

    /// <summary>Marks a box as taken (an activity's box, a node, an earlier label).</summary>
    public void Take(Box box) => _taken.Add(box);

    /// <summary>The first candidate whose box is free, marked as taken; null when every one would overlap.</summary>
    public T? Place<T>(IEnumerable<T> candidates, Func<T, Box> box) where T : struct
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(box);
        foreach (var c in candidates)
        {
            var b = box(c);
            if (_taken.Any(t => t.Overlaps(b))) continue;
            _taken.Add(b);
            return c;
        }

        return null;
    }

    /// <summary>
    /// Label positions near their wanted y (SVG y grows downwards) with at least <paramref name="gap"/> between
    /// neighbours, inside [top, bottom]: the labels of close percentile lines are pushed apart, their lines stay.
    /// </summary>
    public static double[] Spread(IReadOnlyList<double> wanted, double gap, double top, double bottom)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var order = Enumerable.Range(0, wanted.Count).OrderBy(i => wanted[i]).ToArray();
        var y = new double[wanted.Count];
        var previous = double.NegativeInfinity;
        foreach (var i in order) previous = y[i] = Math.Max(Math.Max(wanted[i], top), previous + gap);
        // Pushed past the bottom: move the lowest ones back up, keeping the gaps.
        var next = double.PositiveInfinity;
        foreach (var i in order.Reverse()) next = y[i] = Math.Min(y[i], Math.Min(bottom, next - gap));
        return y;
    }

    /// <summary>A name cut to a number of characters, with an ellipsis; the full name goes in a title.</summary>
    public static string Shorten(string name, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length <= maxChars || maxChars < 2 ? name : string.Concat(name.AsSpan(0, maxChars - 1).TrimEnd(), "…");
    }
}
