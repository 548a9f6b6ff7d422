using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Auth;

public sealed record ChangePasswordRequest([Text(TextLimits.Secret)] string CurrentPassword, [Text(TextLimits.Secret)] string NewPassword);

public sealed record ConfirmTwoFactorRequest([Text(TextLimits.Word)] string Code);

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>
/// The signed-in user's own account. Reachable by an administrator who has not enrolled yet (policy
/// SignedIn), so that they can enrol.
/// </summary>
public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account").RequireAuthorization(AuthPolicies.SignedIn)
            .WithApiBudget();
        account.MapPost("/password", ChangePasswordAsync);
        account.MapGet("/two-factor", StatusAsync);
        account.MapPost("/two-factor/enrol", EnrolAsync);
        account.MapPost("/two-factor/confirm", ConfirmAsync);
        account.MapPost("/two-factor/disable", TurnOffAsync);
        account.MapPost("/two-factor/recovery-codes", RecoveryCodesAsync);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, UserManager<User> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
            return Problems.BadField("currentPassword", "Account.WrongPassword", "The current password is wrong.");
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        return result.Succeeded ? TypedResults.NoContent() : PasswordProblem(result);
    }

    /// <summary>Identity's first error, under newPassword, with its code (PasswordTooShort, ...).</summary>
    public static ProblemHttpResult PasswordProblem(IdentityResult result)
    {
        var error = result.Errors.First();
        return Problems.BadField("newPassword", "Account." + error.Code, error.Description);
    }

    public static async Task<Results<Ok<TwoFactorStatus>, ProblemHttpResult>> StatusAsync(HttpContext http, UserManager<User> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        return TypedResults.Ok(new TwoFactorStatus(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user),
            await users.IsInRoleAsync(user, Roles.Administrator)));
    }

    public static async Task<Results<Ok<AuthenticatorSetup>, ProblemHttpResult>> EnrolAsync(
        HttpContext http, UserManager<User> users, TwoFactorEnrolment enrolment)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        var (setup, refusal) = await enrolment.StartAsync(user);
        return setup is null ? Problems.From(refusal!) : TypedResults.Ok(setup);
    }

    /// <summary>On success two-factor sign-in is on; a bearer client signs in again (with a code) to carry it.</summary>
    public static async Task<Results<Ok<RecoveryCodes>, ProblemHttpResult>> ConfirmAsync(
        ConfirmTwoFactorRequest request, HttpContext http, UserManager<User> users, TwoFactorEnrolment enrolment)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        var (codes, refusal) = await enrolment.ConfirmAsync(user, request.Code);
        return codes is null ? Problems.From(refusal!) : TypedResults.Ok(codes);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> TurnOffAsync(
        HttpContext http, UserManager<User> users, TwoFactorEnrolment enrolment)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        return Problems.NoContentOr(await enrolment.TurnOffAsync(user));
    }

    public static async Task<Results<Ok<RecoveryCodes>, ProblemHttpResult>> RecoveryCodesAsync(
        HttpContext http, UserManager<User> users, TwoFactorEnrolment enrolment)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Problems.NotFound("user");
        if (!user.TwoFactorEnabled)
            return Problems.From(Refusal.Rule("twoFactor", "Auth.TwoFactorOff", "Two-factor sign-in is off."));
        return TypedResults.Ok(await enrolment.NewRecoveryCodesAsync(user));
    }
}
