using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Admin;

public sealed record SetRolesRequest([Text(TextLimits.Word)] IReadOnlyList<string> Roles, [Text(TextLimits.Name)] string Version);

public sealed record SetTeamsRequest(IReadOnlyList<Guid> TeamIds, [Text(TextLimits.Name)] string Version);

/// <summary>
/// Roles and teams replace the old ones whole. Each change takes the version the administrator saw; a
/// stale one gets 409. New roles and teams reach the user's token at their next sign-in.
/// </summary>
public static class ChangeUserAccess
{
    public static async Task<Outcome<AdminUserView>> RolesAsync(
        Guid userId, SetRolesRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Refusal.NotFound("userId");
        if (user.ConcurrencyStamp != request.Version) return Refusal.EditConflict();
        if (await UserAccess.CheckAsync(db, request.Roles, [], ct) is { } refusal) return refusal;
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !request.Roles.Contains(Roles.Administrator)
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 1)
            return Refusal.Rule("roles", "Admin.LastAdministrator", "The network needs at least one administrator.");

        // Disposed before the audit entry is written: on SQLite that write queues behind this one.
        await using (var write = await db.BeginWriteAsync(ct))
        {
            var removed = await users.RemoveFromRolesAsync(user, current.Except(request.Roles));
            var added = removed.Succeeded ? await users.AddToRolesAsync(user, request.Roles.Except(current).Distinct()) : removed;
            if (!added.Succeeded) return Refusal.EditConflict();
            // A role change ends the user's cookie sessions at the next stamp check, so no page keeps old rights.
            await users.UpdateSecurityStampAsync(user);
            await write.CommitAsync(ct);
        }
        await audit.RolesChangedAsync(new UserId(user.Id), request.Roles, admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }

    public static async Task<Outcome<AdminUserView>> TeamsAsync(
        Guid userId, SetTeamsRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Refusal.NotFound("userId");
        if (user.ConcurrencyStamp != request.Version) return Refusal.EditConflict();
        var ids = request.TeamIds.Distinct().Select(t => new TeamId(t)).ToList();
        var known = await db.Teams.CountAsync(t => ids.Contains(t.Id) && t.ArchivedAt == null, ct);
        if (known != ids.Count)
            return Refusal.Invalid("teamIds", "Admin.UnknownTeam", "A team does not exist or is archived.");

        var id = new UserId(user.Id);
        await using (var write = await db.BeginWriteAsync(ct))
        {
            db.TeamMembers.RemoveRange(await db.TeamMembers.Where(m => m.UserId == id).ToListAsync(ct));
            db.TeamMembers.AddRange(ids.Select(t => new TeamMember(id, t)));
            await db.SaveChangesAsync(ct);
            // Identity's update gives a new concurrency stamp, checked against the old one: a parallel edit fails here.
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded) return Refusal.EditConflict();
            await write.CommitAsync(ct);
        }
        await audit.TeamsChangedAsync(id, ids, admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }
}
