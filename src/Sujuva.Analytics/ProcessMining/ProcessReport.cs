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
    public static ProcessReport Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var durations = ProcessMining.CaseDurations.Of(log);
        return new ProcessReport(
            LogStatistics.Of(log),
            ActivityCounts.Of(log),
            EndpointActivities.Start(log),
            EndpointActivities.End(log),
            DirectlyFollowsGraph.DiscoverPerformance(log),
            ProcessMining.Variants.Of(log),
            durations,
            ProcessMining.CaseDurations.Summarise(durations),
            ActivityTimes.Service(log),
            ActivityTimes.Waiting(log));
    }
}
