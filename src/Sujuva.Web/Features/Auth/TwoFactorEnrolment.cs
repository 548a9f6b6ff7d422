using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Auth;

/// <summary>What an authenticator app needs: the key to type, or the otpauth URI as a QR code (SVG, drawn here).</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

/// <summary>
/// Time-based one-time codes (RFC 6238, Identity's authenticator provider): enrol with a new key, confirm
/// with a first code (then it is on, with ten single-use recovery codes), turn off, new recovery codes.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<User> users)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Sujuva";

    public async Task<(AuthenticatorSetup? Setup, Refusal? Refusal)> StartAsync(User user)
    {
        if (user.TwoFactorEnabled)
            return (null, Refusal.Rule("twoFactor", "Auth.TwoFactorAlreadyOn",
                "Two-factor sign-in is already on; turn it off (or ask an administrator to reset it) to enrol again."));
        await users.ResetAuthenticatorKeyAsync(user);
        return (Describe(user, (await users.GetAuthenticatorKeyAsync(user))!), null);
    }

    /// <summary>The page's enrolment: the key already given out (a reload keeps the same QR code), or a new one.</summary>
    public async Task<AuthenticatorSetup> CurrentSetupAsync(User user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        return Describe(user, key);
    }

    private static AuthenticatorSetup Describe(User user, string key)
    {
        var label = UrlEncoder.Default.Encode($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorSetup(Grouped(key), uri, svg);
    }

    public async Task<(RecoveryCodes? Codes, Refusal? Refusal)> ConfirmAsync(User user, string code)
    {
        var clean = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            return (null, Refusal.Rule("code", "Auth.TwoFactorNotStarted", "Start the enrolment first."));
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
            return (null, Refusal.Invalid("code", "Auth.TwoFactorFailed", "The code is wrong or expired."));
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await NewRecoveryCodesAsync(user), null);
    }

    public async Task<Refusal?> TurnOffAsync(User user)
    {
        if (await users.IsInRoleAsync(user, Roles.Administrator))
            return Refusal.Rule("twoFactor", "Auth.TwoFactorRequiredForRole", "Administrators must keep two-factor sign-in on.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return null;
    }

    public async Task<RecoveryCodes> NewRecoveryCodesAsync(User user) =>
        new([.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []]);

    /// <summary>An administrator's reset: off, key forgotten, recovery codes void; existing sessions end at next check.</summary>
    public async Task ResetAsync(User user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>"ABCD EFGH ..." is easier to type than 32 letters in a row.</summary>
    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4))))
            .ToLowerInvariant();
}
