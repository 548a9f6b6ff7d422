using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Admin;

/// <summary>A user as an administrator sees it; Version is Identity's concurrency stamp (409 when stale).</summary>
public sealed record AdminUserView(
    Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Teams,
    bool LockedOut, bool TwoFactorEnabled, string Version)
{
    /// <summary>All users (or one), with roles and teams in three queries rather than one per user.</summary>
    public static async Task<List<AdminUserView>> LoadAsync(SujuvaDb db, TimeProvider clock, Guid? only, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => only == null || u.Id == only)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where only == null || ur.UserId == only
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var teams = (await db.TeamMembers.AsNoTracking().Where(m => only == null || m.UserId == new UserId(only.Value))
            .ToListAsync(ct)).ToLookup(m => m.UserId.Value, m => m.TeamId.Value);
        var now = clock.GetUtcNow();
        return [.. users.Select(u => From(u, [.. roles[u.Id].Order(StringComparer.Ordinal)], [.. teams[u.Id]], now))];
    }

    public static AdminUserView From(User u, IReadOnlyList<string> roles, IReadOnlyList<Guid> teams, DateTimeOffset now) =>
        new(u.Id, u.Email ?? "", u.DisplayName, roles, teams, u.LockoutEnd is { } end && end > now, u.TwoFactorEnabled,
            u.ConcurrencyStamp ?? "");
}

public static class AdminUsers
{
    public static Task<List<AdminUserView>> ListAsync(SujuvaDb db, TimeProvider clock, CancellationToken ct) =>
        AdminUserView.LoadAsync(db, clock, null, ct);

    public static async Task<Outcome<AdminUserView>> GetAsync(
        Guid userId, SujuvaDb db, TimeProvider clock, CancellationToken ct)
    {
        var found = await AdminUserView.LoadAsync(db, clock, userId, ct);
        return found.Count == 0 ? Refusal.NotFound("userId") : found[0];
    }

    /// <summary>The view after a change: the user's current roles, teams and version.</summary>
    internal static async Task<AdminUserView> ViewAsync(SujuvaDb db, TimeProvider clock, Guid userId, CancellationToken ct) =>
        (await AdminUserView.LoadAsync(db, clock, userId, ct)).Single();
}
