using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Web.Features.Metrics;

public enum ProcessMapMeasure { Frequency, Median }

/// <summary>One directly-follows edge: how often To directly followed From, and the median time between them.</summary>
public sealed record ProcessMapEdge(string From, string To, int Count, TimeSpan Median);

/// <summary>An activity on the map and how many events of it the log holds.</summary>
public sealed record ProcessMapNode(string Activity, int Events);

/// <summary>A variant (activities in order) with its cases and its share of all cases; Rank is 1 for the most frequent.</summary>
public sealed record ProcessMapVariant(int Rank, IReadOnlyList<string> Activities, int Cases, double Share);

/// <summary>
/// The process map of a live log (METRICS.md §8): the directly-follows graph of the cases of the chosen
/// variant (or of all cases), and the variants of the whole log so that one can be chosen.
/// </summary>
public sealed record ProcessMapView(int Cases, IReadOnlyList<ProcessMapNode> Nodes, IReadOnlyList<ProcessMapEdge> Edges,
    IReadOnlyList<ProcessMapVariant> Variants, int? Variant)
{
    public static ProcessMapView Of(Sujuva.Analytics.EventLogs.EventLog log, int? variant)
    {
        ArgumentNullException.ThrowIfNull(log);
        var variants = Sujuva.Analytics.ProcessMining.Variants.Of(log);
        var all = variants.Select((v, i) => new ProcessMapVariant(i + 1, v.Activities, v.Cases, (double)v.Cases / log.CaseCount)).ToList();
        var chosen = variant is { } rank && rank >= 1 && rank <= all.Count ? all[rank - 1] : null;
        var mapped = chosen is null ? log : OnlyVariant(log, chosen.Activities);
        var edges = mapped.CaseCount == 0 ? [] : DirectlyFollowsGraph.DiscoverPerformance(mapped)
            .Select(e => new ProcessMapEdge(e.From, e.To, e.Count, TimeSpan.FromSeconds(e.Performance?.Median ?? 0))).ToList();
        var events = new int[mapped.Activities.Count];
        foreach (var a in mapped.Activity) events[a]++;
        var nodes = Enumerable.Range(0, events.Length).Where(a => events[a] > 0)
            .Select(a => new ProcessMapNode(mapped.Activities[a], events[a])).ToList();
        return new ProcessMapView(mapped.CaseCount, nodes, edges, all, chosen?.Rank);
    }

    /// <summary>
    /// Where each activity goes on the map: the process-mining layout `sujuva analyze` draws too, rooted at the
    /// activities the mapped cases start with (the first activity of each of their variants).
    /// </summary>
    public ProcessMapLayout Layout()
    {
        IEnumerable<ProcessMapVariant> mapped = Variant is { } rank ? [Variants[rank - 1]] : Variants;
        var starts = mapped.Where(v => v.Activities.Count > 0).GroupBy(v => v.Activities[0], StringComparer.Ordinal)
            .Select(g => new NameCount(g.Key, g.Sum(v => v.Cases)));
        var activities = Nodes.Select(n => new NameCount(n.Activity, n.Events));
        return ProcessMapLayout.Of(MostFrequentFirst(activities), MostFrequentFirst(starts),
            [.. Edges.Select(e => new DirectlyFollowsEdge(e.From, e.To, e.Count, null))]);
    }

    private static List<NameCount> MostFrequentFirst(IEnumerable<NameCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>A log of only the cases whose activities are exactly the variant's, events and times kept.</summary>
    private static Sujuva.Analytics.EventLogs.EventLog OnlyVariant(Sujuva.Analytics.EventLogs.EventLog log, IReadOnlyList<string> activities)
    {
        var builder = new EventLogBuilder();
        for (var c = 0; c < log.CaseCount; c++)
        {
            var (start, end) = (log.CaseStart(c), log.CaseEnd(c));
            if (end - start != activities.Count) continue;
            var same = true;
            for (var i = start; i < end && same; i++) same = log.Activities[log.Activity[i]] == activities[i - start];
            if (!same) continue;
            var index = builder.CaseIndex(log.CaseIds[c]);
            for (var i = start; i < end; i++)
                builder.Add(index, log.Activities[log.Activity[i]], log.Timestamp[i], log.StartTimestamp?[i]);
        }
        return builder.Build();
    }
}
