using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Admin;

/// <summary>Roles must be known; teams must exist and not be archived.</summary>
public static class UserAccess
{
    public static async Task<Refusal?> CheckAsync(SujuvaDb db, IReadOnlyList<string> roles, IReadOnlyList<Guid> teamIds, CancellationToken ct)
    {
        if (roles.Count == 0) return Refusal.Invalid("roles", "Admin.NoRole", "Give the user at least one role.");
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            return Refusal.Invalid("roles", "Admin.UnknownRole", $"Unknown role \"{unknown}\"; roles are {string.Join(", ", Roles.All)}.");
        var ids = teamIds.Distinct().Select(t => new TeamId(t)).ToList();
        var found = await db.Teams.CountAsync(t => ids.Contains(t.Id) && t.ArchivedAt == null, ct);
        return found == ids.Count ? null : Refusal.Invalid("teamIds", "Admin.UnknownTeam", "A team does not exist or is archived.");
    }
}
