namespace Sujuva.Web.Features.Improvements;

/// <summary>The metrics of METRICS.md §2 and §6 an improvement can measure over time (§11).</summary>
public enum MeasureKind
{
    LeadTime,
    QueueTime,
    CycleTime,

    /// <summary>Time in one named stage (the measure's Stage).</summary>
    TimeInStage,

    /// <summary>Referral sent → first working entry of the receiving case, for one pair of organisations.</summary>
    HandoffWait,

    /// <summary>Work effort per case: logged minutes.</summary>
    Effort,
    FlowEfficiencyStages,
    FlowEfficiencyEffort,
    Throughput,
    Arrivals,
    Wip,
    Csat,
    MeanRating,
    NoShowRate,
    SessionCsat,
}

/// <summary>How a measure becomes a series (METRICS.md §11); the API's "aggregation".</summary>
public enum Aggregation
{
    WeeklyMedian,
    Individuals,
    WeeklyCount,
    WeeklyProportion,

    /// <summary>The mean rating of the week's answers, charted on an I chart as the service feedback page does (§6).</summary>
    WeeklyMean,
}
