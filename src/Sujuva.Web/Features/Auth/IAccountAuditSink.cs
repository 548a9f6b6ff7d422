namespace Sujuva.Web.Features.Auth;

/// <summary>
/// Where account events go into the audit trail. Only ids and coded reasons: never an e-mail address,
/// a name or a password, so a failed sign-in with an unknown address records no address at all.
/// </summary>
public interface IAccountAuditSink
{
    Task SignedInAsync(UserId user, bool withTwoFactor, CancellationToken ct);

    /// <summary>user is null when the address matched no account.</summary>
    Task SignInFailedAsync(UserId? user, string reasonCode, CancellationToken ct);

    Task RolesChangedAsync(UserId user, IReadOnlyList<string> roles, UserId by, CancellationToken ct);

    Task TeamsChangedAsync(UserId user, IReadOnlyList<TeamId> teams, UserId by, CancellationToken ct);

    /// <summary>Locked by an administrator, unlocked, or two-factor reset: a coded change.</summary>
    Task AccountChangedAsync(UserId user, string changeCode, UserId by, CancellationToken ct);
}
