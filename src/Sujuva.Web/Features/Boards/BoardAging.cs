using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Features.Boards;

/// <summary>
/// The aging of some services' open cases: per service the cycle-time percentiles (50/70/85/95, flow
/// rule, inclusive calendar days) of all its closed cases, and per open case its cycle age and level.
/// </summary>
public sealed record BoardAging(IReadOnlyDictionary<Guid, FlowPercentiles?> Bands, IReadOnlyDictionary<Guid, CardAge> Cards)
{
    public static BoardAging None { get; } = new(new Dictionary<Guid, FlowPercentiles?>(), new Dictionary<Guid, CardAge>());

    public CardAge For(Guid caseId) => Cards.GetValueOrDefault(caseId) ?? CardAge.NotStarted;

    public FlowPercentiles? BandsOf(Guid serviceId) => Bands.GetValueOrDefault(serviceId);

    /// <summary>From the flow cache, which the event cursor keeps current: no re-read of the services' history per board.</summary>
    public static async Task<BoardAging> LoadAsync(SujuvaDb db, FlowCache cache, IReadOnlyCollection<ServiceId> services,
        DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(cache);
        var flow = await cache.CurrentAsync(db, ct);
        return Of(flow, services, now);
    }

    public static BoardAging Of(LiveFlow flow, IEnumerable<ServiceId> services, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var bands = new Dictionary<Guid, FlowPercentiles?>();
        var cards = new Dictionary<Guid, CardAge>();
        foreach (var service in services)
        {
            var chart = AgingChart.Of([.. flow.Cases.Where(c => c.ServiceId == service).Select(c => c.Timeline)], now);
            bands[service.Value] = chart.CycleTimeBands;
            foreach (var item in chart.Items)
                cards[Guid.Parse(item.CaseId)] = CardAge.Of(item.CycleAgeInclusiveDays, chart.CycleTimeBands);
        }

        return new BoardAging(bands, cards);
    }
}
