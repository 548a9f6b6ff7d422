using Microsoft.AspNetCore.Authorization;

namespace Sujuva.Web.Features.Auth;

/// <summary>
/// The default policy (every [Authorize] page and RequireAuthorization() endpoint) is "signed in, and an
/// administrator has two-factor sign-in on"; only the enrolment pages and endpoints ask for less. A rule about
/// roles is one named policy, registered once (AuthSetup) and named by every endpoint and page it guards; an
/// API request it refuses gets one 403 problem (TwoFactorGate).
/// </summary>
public static class AuthPolicies
{
    public const string SignedIn = "SignedIn";

    /// <summary>Administrators (with two-factor sign-in on): accounts, the network's structure, the audit log.</summary>
    public const string Administrator = "Administrator";

    /// <summary>
    /// Team leads and the network-wide roles see team figures: pulse results, feedback and event-log exports
    /// (CurrentUser.SeesTeamFigures); workers do not.
    /// </summary>
    public const string SeesTeamFigures = "SeesTeamFigures";

    /// <summary>Claim put in the token or cookie at sign-in when the user has two-factor sign-in on.</summary>
    public const string TwoFactorClaim = "sujuva:2fa";

    public static readonly AuthorizationPolicy SignedInWithRequiredTwoFactor = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new TwoFactorEnrolledRequirement())
        .Build();
}

/// <summary>An administrator must have two-factor sign-in on; other roles may choose.</summary>
public sealed class TwoFactorEnrolledRequirement : IAuthorizationRequirement;

public sealed class TwoFactorEnrolledHandler : AuthorizationHandler<TwoFactorEnrolledRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolledRequirement requirement)
    {
        var user = context.User;
        if (!user.IsInRole(Roles.Administrator) || user.HasClaim(AuthPolicies.TwoFactorClaim, "true"))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
