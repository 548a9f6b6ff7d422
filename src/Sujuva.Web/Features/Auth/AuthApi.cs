using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Auth;

public sealed record LoginRequest(string Email, string Password);

public sealed record MeView(Guid Id, string? Email, string? Name, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Teams);

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapGet("/me", Me).RequireAuthorization();
    }

    /// <summary>Signs in with Identity's bearer scheme: {"tokenType","accessToken","expiresIn","refreshToken"}.</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<User> signIn, Audit.AuditTrail audit)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
            return Problems.BadField("email", "Auth.EmailMissing", "Give your e-mail address.");
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, false, lockoutOnFailure: true);
        await audit.RecordSignInAsync(request.Email, result);
        if (result.Succeeded) return TypedResults.Empty;
        return Problems.Create(StatusCodes.Status401Unauthorized, "Sign-in failed.", "password", "Auth.Failed",
            result.IsLockedOut ? "Too many failed attempts; try again later." : "Wrong e-mail or password.");
    }

    public static Ok<MeView> Me(HttpContext http, CurrentUser user) =>
        TypedResults.Ok(new MeView(user.Id.Value, http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value,
            http.User.FindFirst("name")?.Value,
            [.. Roles.All.Where(user.IsInRole)], [.. user.Teams.Select(t => t.Value)]));
}
