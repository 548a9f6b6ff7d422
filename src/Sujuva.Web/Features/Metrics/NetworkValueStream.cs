using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// One edge of the network value stream: referrals from one service to another sent in the period, with
/// the handoff wait (sent → first working stage of the receiving case, elapsed days, flow percentiles),
/// declines and their share of decided referrals, and those still pending.
/// </summary>
public sealed record NetworkEdge(Guid FromServiceId, Guid ToServiceId, int Sent, int Started, double? MedianDays,
    double? P85Days, int Declined, double DeclineShare, int Pending);

/// <summary>A referral on an edge, as the drill-down lists it: pseudonymous client, times, status, wait.</summary>
public sealed record NetworkEdgeCase(string? ClientPseudonym, DateTime Sent, DateTime? Decided, string Status, double? WaitDays);

public static class NetworkValueStream
{
    /// <param name="services">Edges touching these services; null for the whole network.</param>
    public static IReadOnlyList<NetworkEdge> Edges(LiveFlow flow, IReadOnlySet<ServiceId>? services, DateOnly from, DateOnly to, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var inPeriod = InPeriod(flow, services, from, to, asOf).ToArray();
        // HandoffWait groups by its organisation fields: give it the services instead.
        var waits = HandoffWait.PerPair(inPeriod.Select(h => h.Handoff with
        {
            FromOrganisation = h.FromServiceId.Value.ToString(), ToOrganisation = h.ToServiceId.Value.ToString(),
        }), asOf);
        return [.. waits.Select(w =>
        {
            var decided = w.Started + w.Declined + w.Pending.Count(p => p.Accepted);
            return new NetworkEdge(Guid.Parse(w.FromOrganisation), Guid.Parse(w.ToOrganisation), w.Started + w.Declined + w.Pending.Count,
                w.Started, w.MedianDays, w.P85Days, w.Declined, decided == 0 ? 0 : (double)w.Declined / decided, w.Pending.Count);
        })];
    }

    public static IReadOnlyList<NetworkEdgeCase> Cases(LiveFlow flow, IReadOnlySet<ServiceId>? services, ServiceId fromService,
        ServiceId toService, DateOnly from, DateOnly to, DateTime asOf) =>
        [.. InPeriod(flow, services, from, to, asOf)
            .Where(h => h.FromServiceId == fromService && h.ToServiceId == toService)
            .OrderBy(h => h.Handoff.Sent)
            .Select(h =>
            {
                var x = h.Handoff;
                var decided = x.Decided is { } d && d <= asOf ? d : (DateTime?)null;
                var started = decided is not null && x.FirstWorkingInReceivingCase is { } s && s <= asOf ? s : (DateTime?)null;
                var status = decided is null ? "Sent" : x.DeclineReason is not null ? "Declined" : started is null ? "Accepted" : "Started";
                return new NetworkEdgeCase(h.ClientPseudonym, x.Sent, decided, status, started is { } w ? DayCount.Elapsed(x.Sent, w) : null);
            })];

    private static IEnumerable<LiveHandoff> InPeriod(LiveFlow flow, IReadOnlySet<ServiceId>? services, DateOnly from, DateOnly to, DateTime asOf)
    {
        var (start, end) = (DayCount.StartOfDayUtc(from), DayCount.StartOfDayUtc(to.AddDays(1)));
        return flow.Handoffs.Where(h => h.Handoff.Sent >= start && h.Handoff.Sent < end && h.Handoff.Sent <= asOf
            && (services is null || services.Contains(h.FromServiceId) || services.Contains(h.ToServiceId)));
    }
}
