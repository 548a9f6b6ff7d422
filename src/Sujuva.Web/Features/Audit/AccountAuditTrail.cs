using Sujuva.Web.Features.Auth;

namespace Sujuva.Web.Features.Audit;

/// <summary>Account events (sign-ins, role, team and account changes) into the append-only audit log.</summary>
public sealed class AccountAuditTrail(AuditTrail audit) : IAccountAuditSink
{
    public Task SignedInAsync(UserId user, bool withTwoFactor, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(AuditKind.SignIn, audit.Now, user, detail: withTwoFactor ? "TwoFactor" : "Password"), ct);

    public Task SignInFailedAsync(UserId? user, string reasonCode, CancellationToken ct) =>
        audit.RecordFailedSignInAsync(user, reasonCode, ct);

    public Task RolesChangedAsync(UserId user, IReadOnlyList<string> roles, UserId by, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(AuditKind.RoleChange, audit.Now, by, subjectUserId: user,
            detail: "roles=" + string.Join(',', roles)), ct);

    public Task TeamsChangedAsync(UserId user, IReadOnlyList<TeamId> teams, UserId by, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(AuditKind.RoleChange, audit.Now, by, subjectUserId: user,
            detail: "teams=" + string.Join(',', teams.Select(t => t.Value))), ct);

    public Task AccountChangedAsync(UserId user, string changeCode, UserId by, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(AuditKind.AccountChange, audit.Now, by, subjectUserId: user, detail: changeCode), ct);
}
