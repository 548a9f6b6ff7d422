using System.Globalization;
using System.Text;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Cli.Reports;

/// <summary>The tables under the charts of the HTML report.</summary>
internal static class HtmlTables
{
    public static void Edges(StringBuilder page, IReadOnlyList<DirectlyFollowsEdge> edges)
    {
        page.Append("<h2>Directly follows</h2><table><thead><tr><th>From</th><th>To</th><th>Count</th><th>Median</th><th>Mean</th><th>Min</th><th>Max</th></tr></thead><tbody>");
        foreach (var e in edges)
        {
            var p = e.Performance!;
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Escape(e.From)}</td><td>{Html.Escape(e.To)}</td><td class=\"n\">{Durations.Count(e.Count)}</td>"
                + $"<td class=\"n\">{Durations.Format(p.Median)}</td><td class=\"n\">{Durations.Format(p.Mean)}</td>"
                + $"<td class=\"n\">{Durations.Format(p.Min)}</td><td class=\"n\">{Durations.Format(p.Max)}</td></tr>");
        }
        page.Append("</tbody></table>");
    }

    public static void Activities(StringBuilder page, ProcessReport r)
    {
        var service = r.ServiceTimes?.ToDictionary(s => s.Activity, StringComparer.Ordinal);
        var waiting = r.WaitingTimes.ToDictionary(s => s.Activity, StringComparer.Ordinal);
        var starts = r.StartActivities.ToDictionary(s => s.Name, s => s.Count, StringComparer.Ordinal);
        var ends = r.EndActivities.ToDictionary(s => s.Name, s => s.Count, StringComparer.Ordinal);
        page.Append("<h2>Activities</h2><table><thead><tr><th>Activity</th><th>Events</th><th>Starts cases</th><th>Ends cases</th><th>Median wait before</th>");
        if (service is not null) page.Append("<th>Median service time</th>");
        page.Append("</tr></thead><tbody>");
        foreach (var a in r.Activities)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Escape(a.Name)}</td><td class=\"n\">{Durations.Count(a.Count)}</td>"
                + $"<td class=\"n\">{Durations.Count(starts.GetValueOrDefault(a.Name))}</td><td class=\"n\">{Durations.Count(ends.GetValueOrDefault(a.Name))}</td>"
                + $"<td class=\"n\">{(waiting.TryGetValue(a.Name, out var wt) ? Durations.Format(wt.Seconds.Median) : "–")}</td>");
            if (service is not null)
                page.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{(service.TryGetValue(a.Name, out var st) ? Durations.Format(st.Seconds.Median) : "–")}</td>");
            page.Append("</tr>");
        }
        page.Append("</tbody></table>");
    }
}
