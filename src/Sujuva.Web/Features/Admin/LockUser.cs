using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Admin;

/// <summary>
/// Locking stops sign-in until unlocked (also the lockout after failed attempts); unlocking clears the
/// failure count. Resetting two-factor lets a person who lost their phone enrol again.
/// </summary>
public static class LockUser
{
    public static async Task<Outcome<AdminUserView>> LockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Refusal.NotFound("userId");
        if (user.Id == admin.Id.Value)
            return Refusal.Rule("userId", "Admin.LockSelf", "You cannot lock your own account.");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "Locked", admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }

    public static async Task<Outcome<AdminUserView>> UnlockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Refusal.NotFound("userId");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "Unlocked", admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }

    public static async Task<Outcome<AdminUserView>> ResetTwoFactorAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, TwoFactorEnrolment enrolment, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Refusal.NotFound("userId");
        await enrolment.ResetAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "TwoFactorReset", admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }
}
