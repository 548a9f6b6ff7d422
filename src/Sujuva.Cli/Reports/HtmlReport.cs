using System.Globalization;
using System.Text;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>
/// The `analyze --format html` report: one self-contained file (inline CSS and SVG, no external URL) that
/// opens offline — process map, lead-time histogram, top variants and the figures.
/// </summary>
internal static class HtmlReport
{
    public static void Write(TextWriter w, ProcessReport r, string title, int topVariants)
    {
        var log = r.Log;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append(CultureInfo.InvariantCulture, $"<title>{Html.Escape(title)} · process report</title><style>{Css}</style></head><body>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Escape(title)}</h1>");
        page.Append("<dl class=\"figures\">");
        Figure(page, "Cases", Durations.Count(log.Cases));
        Figure(page, "Events", Durations.Count(log.Events));
        Figure(page, "Activities", Durations.Count(log.Activities));
        Figure(page, "Variants", Durations.Count(r.Variants.Count));
        if (r.CaseDurations is { } d)
        {
            Figure(page, "Median case duration", Durations.Format(d.Median));
            Figure(page, "85th percentile", Durations.Format(d.P85));
            Figure(page, "95th percentile", Durations.Format(d.P95));
        }
        Figure(page, "From", log.FirstEvent?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–");
        Figure(page, "To", log.LastEvent?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–");
        page.Append("</dl>");

        page.Append("<h2>Process map</h2><p class=\"note\">Boxes: events per activity. Arrows: how often one activity directly follows another, and the median time between them");
        if (r.DirectlyFollows.Count > ProcessMapSvg.MaxEdges) page.Append(CultureInfo.InvariantCulture, $" (the {ProcessMapSvg.MaxEdges} most frequent of {r.DirectlyFollows.Count})");
        page.Append(".</p><div class=\"scroll\">").Append(ProcessMapSvg.Render(r)).Append("</div>");

        if (r.CaseDurations is { } summary)
        {
            page.Append("<h2>Case durations</h2><p class=\"note\">Elapsed days from the first to the last event of each case.</p>");
            page.Append(HistogramSvg.Render(r.CaseDurationSeconds, summary.P95));
        }

        var shown = Math.Min(topVariants, r.Variants.Count);
        page.Append(CultureInfo.InvariantCulture, $"<h2>Top {shown} variants</h2><table><thead><tr><th>Cases</th><th>Share</th><th>Activities</th></tr></thead><tbody>");
        for (var i = 0; i < shown; i++)
        {
            var v = r.Variants[i];
            var share = log.Cases == 0 ? 0 : 100.0 * v.Cases / log.Cases;
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"n\">{Durations.Count(v.Cases)}</td><td class=\"n\">{share:0.0} %</td><td>{Html.Escape(string.Join(" → ", v.Activities))}</td></tr>");
        }
        page.Append("</tbody></table>");
        HtmlTables.Edges(page, r.DirectlyFollows);
        HtmlTables.Activities(page, r);
        page.Append("</body></html>");
        w.Write(page.ToString());
    }

    private static void Figure(StringBuilder page, string label, string value) =>
        page.Append(CultureInfo.InvariantCulture, $"<div><dt>{Html.Escape(label)}</dt><dd>{Html.Escape(value)}</dd></div>");

    private const string Css =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#223;max-width:1200px}" +
        "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}.note{color:#556;font-size:.9rem}" +
        ".figures{display:flex;flex-wrap:wrap;gap:1rem}.figures div{border:1px solid #ccd;border-radius:6px;padding:.5rem 1rem}" +
        "dt{font-size:.8rem;color:#556}dd{margin:0;font-size:1.2rem;font-weight:600}" +
        ".scroll{overflow:auto;border:1px solid #ccd;border-radius:6px}" +
        ".node rect{fill:#eef3fb;stroke:#3a5a8c}.node text{text-anchor:middle;font-size:12px;fill:#223}.node .sub{fill:#556;font-size:11px}" +
        ".edge path{fill:none;stroke:#556;opacity:.6}.edge:hover path{stroke:#c33;opacity:1}" +
        ".edge text{font-size:10px;fill:#223;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}" +
        ".bar{fill:#3a5a8c}.axis{stroke:#556}svg text{font-size:11px}" +
        "table{border-collapse:collapse;margin-top:.5rem}th,td{border-bottom:1px solid #dde;padding:.25rem .6rem;text-align:left;vertical-align:top}" +
        "td.n{text-align:right;white-space:nowrap}";
}
