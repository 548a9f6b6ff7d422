using System.Globalization;
using System.Text;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>The tables under the charts of the HTML report.</summary>
internal static class HtmlTables
{
    public static void Edges(StringBuilder page, IReadOnlyList<DirectlyFollowsEdge> edges, ReportTexts t)
    {
        page.Append(CultureInfo.InvariantCulture, $"<h2>{t["Directly follows"]}</h2><table><thead><tr><th>{t["From"]}</th><th>{t["To"]}</th><th>{t["Count"]}</th>"
            + $"<th>{t["Median"]}</th><th>{t["Mean"]}</th><th>{t["Min"]}</th><th>{t["Max"]}</th></tr></thead><tbody>");
        foreach (var e in edges)
        {
            var p = e.Performance!;
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Escape(e.From)}</td><td>{Html.Escape(e.To)}</td><td class=\"n\">{t.Count(e.Count)}</td>"
                + $"<td class=\"n\">{t.Duration(p.Median)}</td><td class=\"n\">{t.Duration(p.Mean)}</td>"
                + $"<td class=\"n\">{t.Duration(p.Min)}</td><td class=\"n\">{t.Duration(p.Max)}</td></tr>");
        }
        page.Append("</tbody></table>");
    }

    public static void Activities(StringBuilder page, ProcessReport r, ReportTexts t)
    {
        var service = r.ServiceTimes?.ToDictionary(s => s.Activity, StringComparer.Ordinal);
        var waiting = r.WaitingTimes.ToDictionary(s => s.Activity, StringComparer.Ordinal);
        var starts = r.StartActivities.ToDictionary(s => s.Name, s => s.Count, StringComparer.Ordinal);
        var ends = r.EndActivities.ToDictionary(s => s.Name, s => s.Count, StringComparer.Ordinal);
        page.Append(CultureInfo.InvariantCulture, $"<h2>{t["Activities"]}</h2><table><thead><tr><th>{t["Activity"]}</th><th>{t["Events"]}</th>"
            + $"<th>{t["Starts cases"]}</th><th>{t["Ends cases"]}</th><th>{t["Median wait before"]}</th>");
        if (service is not null) page.Append(CultureInfo.InvariantCulture, $"<th>{t["Median service time"]}</th>");
        page.Append("</tr></thead><tbody>");
        foreach (var a in r.Activities)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Escape(a.Name)}</td><td class=\"n\">{t.Count(a.Count)}</td>"
                + $"<td class=\"n\">{t.Count(starts.GetValueOrDefault(a.Name))}</td><td class=\"n\">{t.Count(ends.GetValueOrDefault(a.Name))}</td>"
                + $"<td class=\"n\">{(waiting.TryGetValue(a.Name, out var wt) ? t.Duration(wt.Seconds.Median) : "–")}</td>");
            if (service is not null)
                page.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{(service.TryGetValue(a.Name, out var st) ? t.Duration(st.Seconds.Median) : "–")}</td>");
            page.Append("</tr>");
        }
        page.Append("</tbody></table>");
    }
}
