using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Improvements;

/// <summary>A handoff wait between two organisations in an A3's current condition.</summary>
public sealed record A3Handoff(string From, string To, int Started, double MedianDays);

/// <summary>
/// An A3's current condition in figures: the scope's value stream over the quarter before the A3's start date, as it
/// was then (cases' values counted by METRICS.md §11's instants): the median queue time and lead time, with how many
/// cases, and the median handoff wait of each pair of organisations whose referrals touch the scope.
/// </summary>
public sealed record A3Figures(DateOnly From, DateOnly To, int QueueCases, double? QueueMedianDays, int LeadCases, double? LeadMedianDays,
    IReadOnlyList<A3Handoff> Handoffs)
{
    public const int Days = 91;

    public static async Task<A3Figures> OfAsync(SujuvaDb db, FlowCache cache, ImprovementScope scope, DateOnly start, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(scope);
        var (from, to) = (start.AddDays(-Days), start);
        var (fromUtc, toUtc) = (DayCount.StartOfDayUtc(from), DayCount.StartOfDayUtc(to));
        var flow = await cache.CurrentAsync(db, ct);
        var services = await ScopeServices.OfAsync(db, scope, ct);
        var timelines = flow.CasesOf(services).Select(c => c.Timeline).ToList();
        double[] Values(CaseMetric metric) => [.. CaseValues.Of(metric, timelines, toUtc, t => t.CaseId)
            .Where(v => v.Instant >= fromUtc && v.Instant < toUtc).Select(v => v.Value).Order()];
        var queue = Values(CaseMetric.QueueTime);
        var lead = Values(CaseMetric.LeadTime);
        var organisations = await db.Organisations.Select(o => new { o.Id, o.Name, o.NameSv, o.NameEn })
            .ToDictionaryAsync(o => o.Id.Value.ToString(), o => LocalName.Pick(o.Name, o.NameSv, o.NameEn), ct);
        var handoffs = flow.Handoffs
            .Where(h => services.Contains(h.FromServiceId) || services.Contains(h.ToServiceId))
            .Where(h => !h.Handoff.IsDeclined && h.Handoff.FirstWorkingInReceivingCase is { } s && s >= fromUtc && s < toUtc)
            .GroupBy(h => (h.Handoff.FromOrganisation, h.Handoff.ToOrganisation))
            .Select(g => new A3Handoff(organisations.GetValueOrDefault(g.Key.FromOrganisation, "?"), organisations.GetValueOrDefault(g.Key.ToOrganisation, "?"),
                g.Count(), Percentiles.Median([.. g.Select(h => DayCount.Elapsed(h.Handoff.Sent, h.Handoff.FirstWorkingInReceivingCase!.Value)).Order()])))
            .Where(h => h.From != h.To)
            .OrderByDescending(h => h.MedianDays).Take(5).ToList();
        return new A3Figures(from, to.AddDays(-1), queue.Length, queue.Length == 0 ? null : Percentiles.Median(queue),
            lead.Length, lead.Length == 0 ? null : Percentiles.Median(lead), handoffs);
    }
}
