using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Turns the live timelines of some services into the dashboard's figures. A case belongs to the period
/// [from, to] (local days, Europe/Helsinki) if it arrived before the period ended and was not closed
/// before it began; a handoff if it was sent in the period from or to one of the services.
/// </summary>
public static class FlowReport
{
    public const DayConvention Convention = DayConvention.InclusiveCalendarDays;

    /// <param name="services">The services in scope; null for every service of the flow.</param>
    public static FlowMetricsView Of(LiveFlow flow, IReadOnlySet<ServiceId>? services, ServiceId? serviceId,
        DateOnly from, DateOnly to, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return Of(flow, CasesIn(flow, services, DayCount.StartOfDayUtc(from), DayCount.StartOfDayUtc(to.AddDays(1))),
            services, serviceId, from, to, now);
    }

    /// <param name="cases">The period's cases, <see cref="CasesIn"/> of the same services, when the caller has them.</param>
    public static FlowMetricsView Of(LiveFlow flow, CaseTimeline[] cases, IReadOnlySet<ServiceId>? services, ServiceId? serviceId,
        DateOnly from, DateOnly to, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var start = DayCount.StartOfDayUtc(from);
        var end = DayCount.StartOfDayUtc(to.AddDays(1));
        var asOf = now < end ? now : end;
        bool InScope(ServiceId s) => services is null || services.Contains(s);

        var summary = FlowSummary.Of(cases, asOf, Convention);
        var (wip, perStage) = CumulativeFlow.At(cases, asOf);
        var handoffs = flow.Handoffs
            .Where(h => (InScope(h.FromServiceId) || InScope(h.ToServiceId)) && h.Handoff.Sent >= start && h.Handoff.Sent < end)
            .Select(h => h.Handoff);
        var waits = HandoffWait.PerPair(handoffs, asOf)
            .Select(w => new HandoffWaitView(Guid.Parse(w.FromOrganisation), Guid.Parse(w.ToOrganisation), w.Started,
                w.MedianDays, w.P85Days, w.Declined, w.DeclinedByReason, w.Pending.Count))
            .ToArray();
        return new FlowMetricsView(serviceId?.Value, from, to, asOf, Convention.ToString(), summary.Closed, summary.Open,
            summary.LeadTime, summary.QueueTime, summary.CycleTime, summary.Efficiency, summary.BlockedDaysByReason,
            Throughput.ClosedPerDay(cases, from, to), wip, perStage, waits);
    }

    /// <summary>The period's cases: arrived before its end and not closed before its start.</summary>
    public static CaseTimeline[] CasesIn(LiveFlow flow, IReadOnlySet<ServiceId>? services, DateTime start, DateTime end)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return [.. (services is null ? flow.Cases : flow.CasesOf(services))
            .Where(c => c.Timeline.Arrival < end && (c.Timeline.Closed is not { } z || z >= start))
            .Select(c => c.Timeline)];
    }

    /// <summary>The ids of <see cref="CasesIn"/>, for reading those cases' events or activities.</summary>
    public static IEnumerable<CaseId> CaseIdsIn(LiveFlow flow, IReadOnlySet<ServiceId>? services, DateTime start, DateTime end) =>
        CasesIn(flow, services, start, end).Select(c => new CaseId(Guid.Parse(c.CaseId)));
}
