using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>Checks a request's references against the network (scopes, users) and turns measure requests into measures.</summary>
public static class ImprovementInput
{
    /// <summary>400 naming the field when the scope is incomplete or names no service, team or organisation of the network.</summary>
    public static async Task<Refusal?> CheckScopeAsync(SujuvaDb db, ImprovementScope scope, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.MissingField is { } missing)
            return Refusal.Invalid($"{field}.{missing}", "Improvements.ScopeIncomplete", "The scope needs its service, team or two different organisations.");
        var (exists, at) = scope.Kind switch
        {
            ScopeKind.Service => (await db.Services.AnyAsync(s => s.Id == new ServiceId(scope.ServiceId!.Value), ct), "serviceId"),
            ScopeKind.Team => (await db.Teams.AnyAsync(t => t.Id == new TeamId(scope.TeamId!.Value), ct), "teamId"),
            ScopeKind.Handoff when !await db.Organisations.AnyAsync(o => o.Id == new OrganisationId(scope.FromOrganisationId!.Value), ct) =>
                (false, "fromOrganisationId"),
            ScopeKind.Handoff => (await db.Organisations.AnyAsync(o => o.Id == new OrganisationId(scope.ToOrganisationId!.Value), ct), "toOrganisationId"),
            _ => (true, ""),
        };
        return exists ? null : Refusal.Invalid($"{field}.{at}", "Improvements.ScopeUnknown", "The scope is not a service, team or organisation of the network.");
    }

    /// <summary>400 naming the first id that is no user of the network, as field[i].</summary>
    public static async Task<Refusal?> CheckUsersAsync(SujuvaDb db, IReadOnlyList<Guid> ids, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var known = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
            if (!known.Contains(ids[i])) return UnknownUser($"{field}[{i}]");
        return null;
    }

    public static async Task<Refusal?> CheckUserAsync(SujuvaDb db, Guid id, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Users.AnyAsync(u => u.Id == id, ct) ? null : UnknownUser(field);
    }

    private static Refusal UnknownUser(string field) => Refusal.Invalid(field, "Improvements.UserUnknown", "No such user in the network.");

    /// <summary>The measures a request describes, with the kind's defaults, each scope checked; a kept id is kept.</summary>
    public static async Task<Outcome<List<ImprovementMeasure>>> MeasuresAsync(SujuvaDb db, IReadOnlyList<MeasureRequest> requests,
        ImprovementScope improvementScope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var measures = new List<ImprovementMeasure>();
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var scope = r.Scope?.ToScope() ?? improvementScope;
            if (r.Scope is not null && await CheckScopeAsync(db, scope, $"measures[{i}].scope", ct) is { } refusal) return refusal;
            measures.Add(new ImprovementMeasure(r.Id ?? Guid.CreateVersion7(), r.Role, r.Kind, scope,
                string.IsNullOrWhiteSpace(r.Stage) ? null : r.Stage.Trim(), r.Better ?? MeasureKinds.DefaultBetter(r.Kind), r.Target,
                r.Chart ?? MeasureKinds.DefaultChart(r.Kind)));
        }

        return measures;
    }
}
