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
    public static void Write(TextWriter w, ProcessReport r, string title, int topVariants, ReportTexts t)
    {
        var log = r.Log;
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{t.Language}\"><head><meta charset=\"utf-8\">");
        page.Append(CultureInfo.InvariantCulture, $"<title>{Html.Escape(title)} · {t["process report"]}</title><style>{Css}</style></head><body>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Escape(title)}</h1>");
        page.Append("<dl class=\"figures\">");
        Figure(page, t["Cases"], t.Count(log.Cases));
        Figure(page, t["Events"], t.Count(log.Events));
        Figure(page, t["Activities"], t.Count(log.Activities));
        Figure(page, t["Variants"], t.Count(r.Variants.Count));
        if (r.CaseDurations is { } d)
        {
            Figure(page, t["Median case duration"], t.Duration(d.Median));
            Figure(page, t["85th percentile"], t.Duration(d.P85));
            Figure(page, t["95th percentile"], t.Duration(d.P95));
        }
        Figure(page, t["From"], log.FirstEvent?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–");
        Figure(page, t["To"], log.LastEvent?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–");
        page.Append("</dl>");

        page.Append(CultureInfo.InvariantCulture, $"<h2>{t["Process map"]}</h2><p class=\"note\">{t["Boxes: events per activity. Arrows: how often one activity directly follows another, and the median time between them"]}");
        if (r.DirectlyFollows.Count > ProcessMapSvg.MaxEdges) page.Append(t.Format(" (the {0} most frequent of {1})", ProcessMapSvg.MaxEdges, r.DirectlyFollows.Count));
        page.Append(".</p><div class=\"scroll\">").Append(ProcessMapSvg.Render(r, t)).Append("</div>");

        if (r.CaseDurations is { } summary)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h2>{t["Case durations"]}</h2><p class=\"note\">{t["Elapsed days from the first to the last event of each case."]}</p>");
            page.Append(HistogramSvg.Render(r.CaseDurationSeconds, summary.P95, t));
        }

        var shown = Math.Min(topVariants, r.Variants.Count);
        page.Append(CultureInfo.InvariantCulture, $"<h2>{t.Format("Top {0} variants", shown)}</h2><table><thead><tr><th>{t["Cases"]}</th><th>{t["Share"]}</th><th>{t["Activities"]}</th></tr></thead><tbody>");
        for (var i = 0; i < shown; i++)
        {
            var v = r.Variants[i];
            var share = log.Cases == 0 ? 0 : 100.0 * v.Cases / log.Cases;
            page.Append(t.Culture,
                $"<tr><td class=\"n\">{t.Count(v.Cases)}</td><td class=\"n\">{share:0.0} %</td><td>{Html.Escape(string.Join(" → ", v.Activities))}</td></tr>");
        }
        page.Append("</tbody></table>");
        HtmlTables.Edges(page, r.DirectlyFollows, t);
        HtmlTables.Activities(page, r, t);
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
        ".node rect{fill:#eef3fb;stroke:#3a5a8c}.node text{text-anchor:middle;font-size:12px;fill:#223}.node .sub{fill:#556;font-size:12px}" +
        ".edge path{fill:none;stroke:#556;opacity:.6}.edge:hover path{stroke:#c33;opacity:1}" +
        ".edge text{font-size:12px;fill:#223;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}" +
        ".bar{fill:#3a5a8c}.axis{stroke:#556}svg text{font-size:12px}" +
        "table{border-collapse:collapse;margin-top:.5rem}th,td{border-bottom:1px solid #dde;padding:.25rem .6rem;text-align:left;vertical-align:top}" +
        "td.n{text-align:right;white-space:nowrap}";
}
