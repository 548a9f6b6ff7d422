using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// The services whose cases a scope's figures count: the service, the team's services, the network's services that
/// are not archived, or, for a pair of organisations, the receiving organisation's services.
/// </summary>
public static class ScopeServices
{
    public static async Task<HashSet<ServiceId>> OfAsync(SujuvaDb db, ImprovementScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var services = scope.Kind switch
        {
            ScopeKind.Service => db.Services.Where(s => s.Id == new ServiceId(scope.ServiceId!.Value)),
            ScopeKind.Team => db.Services.Where(s => s.TeamId == new TeamId(scope.TeamId!.Value)),
            ScopeKind.Handoff => db.Services.Where(s => s.OrganisationId == new OrganisationId(scope.ToOrganisationId!.Value)),
            _ => db.Services.Where(s => s.ArchivedAt == null),
        };
        return (await services.Select(s => s.Id).ToListAsync(ct)).ToHashSet();
    }
}
