using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Improvements;

/// <summary>A change date of an improvement, to mark on another chart with a link to the improvement.</summary>
public sealed record ChangeMarker(Guid ImprovementId, string Title, int Cycle, DateOnly Date, ImprovementStatus Status);

/// <summary>
/// The change dates of running and finished improvements whose work a view shows (issue: experiments on the existing
/// views): those scoped to its services, to a team of them, or to the network, and, for the network value stream,
/// those on a pair of organisations. Only started cycles, and only dates inside the view's period.
/// </summary>
public static class ImprovementMarkers
{
    /// <param name="services">The view's services; null for the whole network (then every improvement's changes show).</param>
    public static async Task<List<ChangeMarker>> ForAsync(SujuvaDb db, IReadOnlySet<ServiceId>? services, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var improvements = await db.Improvements.AsNoTracking().Where(i => i.Status != ImprovementStatus.Planned).ToListAsync(ct);
        HashSet<Guid>? serviceIds = null, teamIds = null;
        if (services is not null)
        {
            serviceIds = [.. services.Select(s => s.Value)];
            var ids = services.ToList();
            teamIds = [.. await db.Services.Where(s => ids.Contains(s.Id)).Select(s => s.TeamId.Value).Distinct().ToListAsync(ct)];
        }

        return [.. improvements
            .Where(i => serviceIds is null || Covers(i.Scope, serviceIds, teamIds!) || i.Measures.Any(m => Covers(m.Scope, serviceIds, teamIds!)))
            .SelectMany(i => i.Cycles.Where(c => c.Started && c.ChangeDate >= from && c.ChangeDate <= to)
                .Select(c => new ChangeMarker(i.Id.Value, i.Title, c.Number, c.ChangeDate, i.Status)))
            .OrderBy(m => m.Date)];
    }

    /// <summary>For the network value stream: improvements of the network or of a pair of organisations, or measuring a handoff wait.</summary>
    public static async Task<List<ChangeMarker>> ForValueStreamAsync(SujuvaDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var improvements = await db.Improvements.AsNoTracking()
            .Where(i => i.Status != ImprovementStatus.Planned && (i.ScopeKind == ScopeKind.Network || i.ScopeKind == ScopeKind.Handoff))
            .ToListAsync(ct);
        return [.. improvements
            .Where(i => i.ScopeKind == ScopeKind.Handoff || i.Measures.Any(m => m.Kind == MeasureKind.HandoffWait))
            .SelectMany(i => i.Cycles.Where(c => c.Started && c.ChangeDate >= from && c.ChangeDate <= to)
                .Select(c => new ChangeMarker(i.Id.Value, i.Title, c.Number, c.ChangeDate, i.Status)))
            .OrderBy(m => m.Date)];
    }

    private static bool Covers(ImprovementScope scope, HashSet<Guid> services, HashSet<Guid> teams) => scope.Kind switch
    {
        ScopeKind.Service => services.Contains(scope.ServiceId!.Value),
        ScopeKind.Team => teams.Contains(scope.TeamId!.Value),
        ScopeKind.Network => true,
        _ => false,
    };
}
