using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// Who publishes an operating-model description: Lean coaches (developers) and managers for any services, a team lead
/// for a chain in which their team works a service. Everyone in the network reads the published versions (aggregates
/// only); a live one is generated for the services whose work the user sees, as the flow dashboard is.
/// </summary>
public static class BlueprintAccess
{
    public static async Task<bool> MayPublishAsync(SujuvaDb db, CurrentUser user, IReadOnlyList<ServiceId> services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Developer) || user.IsInRole(Roles.Manager)) return true;
        if (!user.IsInRole(Roles.TeamLead)) return false;
        var ids = services.ToList();
        var teams = await db.Services.Where(s => ids.Contains(s.Id)).Select(s => s.TeamId).ToListAsync(ct);
        return teams.Any(user.Teams.Contains);
    }

    /// <summary>Null when allowed, otherwise the 403.</summary>
    public static async Task<Refusal?> CanPublishAsync(SujuvaDb db, CurrentUser user, IReadOnlyList<ServiceId> services, CancellationToken ct) =>
        await MayPublishAsync(db, user, services, ct) ? null : Refusal.Forbidden("serviceIds", "Blueprints.MayNotPublish",
            "Lean coaches and managers publish operating-model descriptions; a team lead those of their team's services.");
}
