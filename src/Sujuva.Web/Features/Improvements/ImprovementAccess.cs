using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// Who does what with improvements (issue: Lean coaches, managers and team leads create them; members of the
/// scope's teams take part; everyone else in the network reads them). Administrators manage accounts, not
/// improvement work: they read.
/// </summary>
public static class ImprovementAccess
{
    /// <summary>
    /// Developers (Lean coaches) and managers create improvements on any scope; a team lead on a service or team of
    /// their own teams. Null when allowed, otherwise the 403.
    /// </summary>
    public static async Task<Refusal?> CanCreateAsync(SujuvaDb db, CurrentUser user, ImprovementScope scope, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Developer) || user.IsInRole(Roles.Manager)) return null;
        if (user.IsInRole(Roles.TeamLead) && (await TeamsOfAsync(db, scope, ct)).Any(user.Teams.Contains)) return null;
        return Refusal.Forbidden("scope", "Improvements.MayNotCreate",
            "Lean coaches and managers start improvements; a team lead on the services of their teams.");
    }

    /// <summary>
    /// The owner, the participants, Lean coaches and managers, and the members of the scope's teams work on an
    /// improvement (plan, observe, study, decide). Null when allowed, otherwise the 403.
    /// </summary>
    public static async Task<Refusal?> CanWorkOnAsync(SujuvaDb db, CurrentUser user, Improvement improvement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(improvement);
        if (await MayWorkOnAsync(db, user, improvement, ct)) return null;
        return Refusal.Forbidden("improvementId", "Improvements.MayNotWork",
            "The owner, the participants and the scope's teams work on an improvement; others may read it.");
    }

    public static async Task<bool> MayWorkOnAsync(SujuvaDb db, CurrentUser user, Improvement improvement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(improvement);
        if (user.IsAdministrator && !user.IsInRole(Roles.Developer) && !user.IsInRole(Roles.Manager)) return false;
        if (improvement.OwnerId == user.Id || improvement.Participants.Contains(user.Id.Value)) return true;
        if (user.IsInRole(Roles.Developer) || user.IsInRole(Roles.Manager)) return true;
        return (await TeamsOfAsync(db, improvement.Scope, ct)).Any(user.Teams.Contains);
    }

    /// <summary>The teams whose work a scope is: a service's team, the team, the teams of the receiving organisation; none for the network.</summary>
    public static async Task<List<TeamId>> TeamsOfAsync(SujuvaDb db, ImprovementScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ScopeKind.Service => await db.Services.Where(s => s.Id == new ServiceId(scope.ServiceId!.Value)).Select(s => s.TeamId).ToListAsync(ct),
            ScopeKind.Team => [new TeamId(scope.TeamId!.Value)],
            ScopeKind.Handoff => await db.Teams.Where(t => t.OrganisationId == new OrganisationId(scope.ToOrganisationId!.Value)
                || t.OrganisationId == new OrganisationId(scope.FromOrganisationId!.Value)).Select(t => t.Id).ToListAsync(ct),
            _ => [],
        };
    }
}
