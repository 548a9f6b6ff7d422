using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Auth;

/// <summary>twoFactorCode (authenticator app) or recoveryCode: needed when the account has two-factor sign-in on.</summary>
public sealed record LoginRequest([Text(TextLimits.Email)] string Email, [Text(TextLimits.Secret)] string Password,
    [Text(TextLimits.Word)] string? TwoFactorCode = null, [Text(TextLimits.Word)] string? RecoveryCode = null);

public sealed record MeView(
    Guid Id, string? Email, string? Name, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Teams, bool TwoFactorEnabled);

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").WithApiBudget();
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapGet("/me", Me).RequireAuthorization(AuthPolicies.SignedIn);
        app.MapPost("/logout", SignOutAsync).ExcludeFromDescription();
    }

    /// <summary>
    /// Signs in with Identity's bearer scheme: {"tokenType","accessToken","expiresIn","refreshToken"}.
    /// 401 with code Auth.Failed, Auth.TwoFactorRequired or Auth.TwoFactorFailed; 423 Auth.LockedOut.
    /// </summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInFlow flow, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
            return Problems.BadField("email", "Auth.EmailMissing", "Give your e-mail address.");
        var outcome = await flow.PasswordAsync(IdentityConstants.BearerScheme, request.Email.Trim(), request.Password,
            request.TwoFactorCode, request.RecoveryCode, ct);
        return outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.Empty,
            SignInOutcome.LockedOut => Problems.Create(StatusCodes.Status423Locked, "The account is locked.", "email",
                "Auth.LockedOut", "Too many failed attempts, or locked by an administrator; try again later or ask an administrator."),
            SignInOutcome.TwoFactorRequired => Problems.Create(StatusCodes.Status401Unauthorized, "Code needed.",
                "twoFactorCode", "Auth.TwoFactorRequired", "Give the code of your authenticator app (or a recovery code)."),
            SignInOutcome.TwoFactorFailed => Problems.Create(StatusCodes.Status401Unauthorized, "Sign-in failed.",
                "twoFactorCode", "Auth.TwoFactorFailed", "The code is wrong or expired."),
            _ => Problems.Create(StatusCodes.Status401Unauthorized, "Sign-in failed.", "password", "Auth.Failed",
                "Wrong e-mail or password."),
        };
    }

    public static Ok<MeView> Me(HttpContext http, CurrentUser user) =>
        TypedResults.Ok(new MeView(user.Id.Value, http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value,
            http.User.FindFirst("name")?.Value,
            [.. Roles.All.Where(user.IsInRole)], [.. user.Teams.Select(t => t.Value)],
            http.User.HasClaim(AuthPolicies.TwoFactorClaim, "true")));

    /// <summary>The pages' sign-out: a form post with an antiforgery token, so no other site can sign a user out.</summary>
    public static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext http, SignInManager<User> signIn, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
    {
        // Minimal APIs validate antiforgery only for form-bound parameters; this endpoint binds none.
        if (!await antiforgery.IsRequestValidAsync(http)) return TypedResults.BadRequest();
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/login");
    }
}
