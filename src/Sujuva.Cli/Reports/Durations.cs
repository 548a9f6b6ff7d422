using System.Globalization;

namespace Sujuva.Cli.Reports;

/// <summary>Human-readable durations for the text and HTML reports (exact seconds stay in JSON).</summary>
internal static class Durations
{
    public static string Format(double seconds)
    {
        var sign = seconds < 0 ? "−" : "";
        var s = Math.Abs(seconds);
        var text = s switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{s:0.###} s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{s / 60:0.#} min"),
            < 86400 => string.Create(CultureInfo.InvariantCulture, $"{s / 3600:0.#} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{s / 86400:0.#} d"),
        };
        return sign + text;
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
