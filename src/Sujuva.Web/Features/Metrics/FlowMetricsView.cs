using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Handoff wait for one pair of organisations (METRICS.md §2): sent → first working-stage entry in
/// elapsed days; declined referrals by reason; Pending = not yet decided, or accepted and not started.
/// </summary>
public sealed record HandoffWaitView(Guid FromOrganisationId, Guid ToOrganisationId, int Started, double? MedianDays,
    double? P85Days, int Declined, IReadOnlyDictionary<string, int> DeclinedByReason, int Pending);

/// <summary>
/// A service's (or the visible network's) flow over a period of local days, as of AsOf (now, or the
/// period's end). Lead, queue and cycle times are of cases closed in the period, in
/// DayConvention days, by the flow percentile rule; Open counts cases still open at AsOf.
/// </summary>
public sealed record FlowMetricsView(
    Guid? ServiceId,
    DateOnly From,
    DateOnly To,
    DateTime AsOf,
    string DayConvention,
    int Closed,
    int Open,
    FlowPercentiles? LeadTime,
    FlowPercentiles? QueueTime,
    FlowPercentiles? CycleTime,
    PortfolioEfficiency Efficiency,
    IReadOnlyDictionary<string, double> BlockedDaysByReason,
    IReadOnlyList<DailyCount> ThroughputPerDay,
    int WipNow,
    IReadOnlyDictionary<string, int> WipPerStage,
    IReadOnlyList<HandoffWaitView> HandoffWaits);
