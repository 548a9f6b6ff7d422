using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Auth;

/// <summary>
/// An administrator without two-factor sign-in is sent to enrol: the API answers 403 with the code
/// "Auth.TwoFactorEnrolmentRequired", pages redirect to the enrolment page. Any other API request a policy refuses
/// gets the same problem as an operation's refusal (Problems), code "Forbidden", naming the role.
/// </summary>
public sealed class TwoFactorGate : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolmentPage = "/account/two-factor";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var mustEnrol = result.Forbidden
            && result.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorEnrolledRequirement>().Any() == true;
        var api = http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (result.Forbidden && !mustEnrol && api)
        {
            await RoleRefused().ExecuteAsync(http);
            return;
        }
        if (!mustEnrol)
        {
            await _default.HandleAsync(next, http, policy, result);
            return;
        }
        if (api)
        {
            await EnrolmentRequired().ExecuteAsync(http);
            return;
        }
        http.Response.Redirect(EnrolmentPage);
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult RoleRefused() =>
        Problems.Forbidden("role", "Your role may not do this.");

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult EnrolmentRequired() =>
        Problems.Create(StatusCodes.Status403Forbidden, "Two-factor sign-in required.", "twoFactorCode",
            "Auth.TwoFactorEnrolmentRequired",
            "Administrators must turn on two-factor sign-in: enrol an authenticator app, then sign in again with its code.");
}
