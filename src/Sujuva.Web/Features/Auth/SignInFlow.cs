using Microsoft.AspNetCore.Identity;

namespace Sujuva.Web.Features.Auth;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    TwoFactorRequired,
    TwoFactorFailed,
}

/// <summary>
/// Password then, when the account has it on, an authenticator or recovery code. Every failure counts
/// toward lockout (Identity), and every outcome goes to the account audit by id only.
/// </summary>
public sealed class SignInFlow(SignInManager<User> signIn, IAccountAuditSink audit)
{
    public async Task<SignInOutcome> PasswordAsync(
        string scheme, string email, string password, string? twoFactorCode, string? recoveryCode, CancellationToken ct)
    {
        signIn.AuthenticationScheme = scheme;
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            await audit.SignInFailedAsync(null, "UnknownAccount", ct);
            return SignInOutcome.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && (!string.IsNullOrWhiteSpace(twoFactorCode) || !string.IsNullOrWhiteSpace(recoveryCode)))
            return await SecondStepAsync(scheme, user, twoFactorCode, recoveryCode, ct);
        return await RecordAsync(user, result, false, ct);
    }

    /// <summary>The second step of a two-step sign-in (the page): the user is known from the two-factor cookie.</summary>
    public async Task<SignInOutcome> CodeAsync(string? twoFactorCode, string? recoveryCode, CancellationToken ct)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.Failed;
        return await SecondStepAsync(IdentityConstants.ApplicationScheme, user, twoFactorCode, recoveryCode, ct);
    }

    private async Task<SignInOutcome> SecondStepAsync(
        string scheme, User user, string? twoFactorCode, string? recoveryCode, CancellationToken ct)
    {
        signIn.AuthenticationScheme = scheme;
        var result = !string.IsNullOrWhiteSpace(recoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode.Replace(" ", "", StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync(Normalise(twoFactorCode ?? ""), false, false);
        return await RecordAsync(user, result, true, ct);
    }

    private async Task<SignInOutcome> RecordAsync(User user, SignInResult result, bool secondStep, CancellationToken ct)
    {
        var id = new UserId(user.Id);
        var outcome = result switch
        {
            { Succeeded: true } => SignInOutcome.SignedIn,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { RequiresTwoFactor: true } => SignInOutcome.TwoFactorRequired,
            _ when secondStep => SignInOutcome.TwoFactorFailed,
            _ => SignInOutcome.Failed,
        };
        if (outcome == SignInOutcome.SignedIn) await audit.SignedInAsync(id, secondStep, ct);
        else if (outcome != SignInOutcome.TwoFactorRequired)
            await audit.SignInFailedAsync(id, outcome == SignInOutcome.Failed ? "WrongPassword" : outcome.ToString(), ct);
        return outcome;
    }

    /// <summary>Authenticator apps show "123 456"; people type it as they see it.</summary>
    private static string Normalise(string code) => code.Replace(" ", "", StringComparison.Ordinal)
        .Replace("-", "", StringComparison.Ordinal).Trim();
}
