using System.Globalization;
using System.Text;

namespace Sujuva.Cli.Reports;

/// <summary>
/// Lead-time histogram in elapsed days (METRICS.md §1: (t_end − t_start) / 86 400 s). Bins of equal width
/// up to the 95th percentile; longer cases fall in the last bin, labelled "≥".
/// </summary>
internal static class HistogramSvg
{
    private const int Bins = 30;
    private const double Width = 720, Height = 240, Left = 50, Bottom = 40, Top = 10;

    public static string Render(double[] durationSeconds, double p95Seconds, ReportTexts t)
    {
        var counts = new int[Bins];
        var top = Math.Max(p95Seconds / 86400, 1e-9);
        var binWidth = top / (Bins - 1);
        foreach (var seconds in durationSeconds)
        {
            var bin = (int)Math.Clamp(Math.Floor(seconds / 86400 / binWidth), 0, Bins - 1);
            counts[bin]++;
        }
        var max = Math.Max(1, counts.Max());
        var barWidth = (Width - Left - 10) / Bins;
        var plotHeight = Height - Bottom - Top;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-label=\"{t["Case duration histogram"]}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        for (var i = 0; i < Bins; i++)
        {
            var h = plotHeight * counts[i] / max;
            var x = Left + (i * barWidth);
            var from = i * binWidth;
            var label = i == Bins - 1 ? $"≥ {t.Days(from)}" : string.Create(t.Culture, $"{from:0.#}–{t.Days(from + binWidth)}");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{h:0.#}\"><title>{label}: {t.Format("{0} cases", counts[i])}</title></rect>");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 10}\" y2=\"{Height - Bottom}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 20}\">{t.Days(0)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Width - 10}\" y=\"{Height - 20}\" text-anchor=\"end\">≥ {t.Days(top - binWidth)} (p95)</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\">{max}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
