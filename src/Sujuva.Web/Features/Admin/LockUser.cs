using Microsoft.AspNetCore.Http.HttpResults;
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
    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> LockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Problems.NotFound("userId");
        if (user.Id == admin.Id.Value)
            return Problems.From(Refusal.Rule("userId", "Admin.LockSelf", "You cannot lock your own account."));
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "Locked", admin.Id, ct);
        return TypedResults.Ok(await AdminUsers.ViewAsync(db, clock, user.Id, ct));
    }

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> UnlockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Problems.NotFound("userId");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "Unlocked", admin.Id, ct);
        return TypedResults.Ok(await AdminUsers.ViewAsync(db, clock, user.Id, ct));
    }

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> ResetTwoFactorAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, TwoFactorEnrolment enrolment, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Problems.NotFound("userId");
        await enrolment.ResetAsync(user);
        await audit.AccountChangedAsync(new UserId(user.Id), "TwoFactorReset", admin.Id, ct);
        return TypedResults.Ok(await AdminUsers.ViewAsync(db, clock, user.Id, ct));
    }
}
