using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>Every process-mining figure of one log: what `sujuva analyze` prints and the conformance suite checks.</summary>
public sealed record ProcessReport(
    LogStatistics Log,
    IReadOnlyList<NameCount> Activities,
    IReadOnlyList<NameCount> StartActivities,
    IReadOnlyList<NameCount> EndActivities,
    IReadOnlyList<DirectlyFollowsEdge> DirectlyFollows,
    IReadOnlyList<Variant> Variants,
    double[] CaseDurationSeconds,
    CaseDurationSummary? CaseDurations,
    IReadOnlyList<ActivityTime>? ServiceTimes,
    IReadOnlyList<ActivityTime> WaitingTimes)
{
    /// <summary>Runs the analyses side by side; each only reads the log.</summary>
    public static ProcessReport Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        List<DirectlyFollowsEdge> edges = [];
        List<ActivityTime> waiting = [];
        IReadOnlyList<Variant> variants = [];
        double[] durations = [];
        IReadOnlyList<ActivityTime>? service = null;
        Parallel.Invoke(
            () =>
            {
                var pairs = FollowPairs.Collect(log, withSeconds: true);
                edges = DirectlyFollowsGraph.From(log, pairs);
                waiting = ActivityTimes.Waiting(log, pairs);
            },
            () => variants = ProcessMining.Variants.Of(log),
            () =>
            {
                durations = ProcessMining.CaseDurations.Of(log);
                service = ActivityTimes.Service(log);
            });
        return new ProcessReport(
            LogStatistics.Of(log),
            ActivityCounts.Of(log),
            EndpointActivities.Start(log),
            EndpointActivities.End(log),
            edges,
            variants,
            durations,
            ProcessMining.CaseDurations.Summarise(durations),
            service,
            waiting);
    }
}
