using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Features.Forecasts;

/// <summary>
/// A service's forecast inputs from the live flow (METRICS.md §3): daily closes or daily starts (first
/// working-stage entries) over the basis window ending yesterday, the last complete day; and the queue a
/// new referral joins: open cases not yet started plus referrals to the service still undecided.
/// </summary>
public static class ServiceThroughput
{
    public static ThroughputBasis Closes(LiveFlow flow, ServiceId service, DateOnly today, int days) =>
        ThroughputBasis.Of(Throughput.ClosedPerDay(Cases(flow, service), today.AddDays(-days), today.AddDays(-1)));

    public static ThroughputBasis Starts(LiveFlow flow, ServiceId service, DateOnly today, int days) =>
        ThroughputBasis.Of(Throughput.StartsPerDay(Cases(flow, service), today.AddDays(-days), today.AddDays(-1)));

    public static int QueueAhead(LiveFlow flow, ServiceId service, DateTime now) =>
        Cases(flow, service).Count(c => c.Arrival <= now && c.Closed is null && Throughput.FirstWorking(c) is null)
        + flow.Handoffs.Count(h => h.ToServiceId == service && h.Handoff.IsPending);

    // The snapshot's service index: a forecast on the referral form no longer scans every case of the network.
    private static IEnumerable<CaseTimeline> Cases(LiveFlow flow, ServiceId service) =>
        flow.CasesOf(service).Select(c => c.Timeline);
}
