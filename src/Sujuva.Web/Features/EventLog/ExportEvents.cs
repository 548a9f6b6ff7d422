using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// The events an export reads: those of the given cases up to the end of the period, in
/// log order. The database filters them (by case for a scope of some services, by time for the network),
/// so a service's year does not read the whole log into memory.
/// </summary>
public static class ExportEvents
{
    /// <param name="cases">The period's cases (FlowReport.CasesIn).</param>
    /// <param name="wholeNetwork">True when the cases are every service's: then only the period's end filters.</param>
    public static async Task<List<Event>> ReadAsync(SujuvaDb db, IReadOnlyCollection<CaseId> cases, bool wholeNetwork,
        DateTime end, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cases);
        var events = db.Events.AsNoTracking().Where(e => e.CaseId != null && e.At < end);
        if (!wholeNetwork)
        {
            var ids = cases.Select(c => (CaseId?)c).ToList();
            events = events.Where(e => ids.Contains(e.CaseId));
        }

        var rows = await events.OrderBy(e => e.Id).ToListAsync(ct);
        if (!wholeNetwork) return rows;
        var wanted = cases as IReadOnlySet<CaseId> ?? cases.ToHashSet();
        return rows.Where(e => wanted.Contains(e.CaseId!.Value)).ToList();
    }
}
