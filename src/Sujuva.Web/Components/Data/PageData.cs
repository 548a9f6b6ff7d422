using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Data;

/// <summary>
/// How pages run the same operations the REST API runs: as the signed-in user, each in a fresh
/// scope, because a circuit lives far longer than a DbContext should.
/// </summary>
public sealed class PageData(IServiceScopeFactory scopes)
{
    public CurrentUser User { get; private set; } = new(new ClaimsPrincipal());

    public void SignedInAs(ClaimsPrincipal principal) => User = new CurrentUser(principal);

    public async Task<T> RunAsync<T>(Func<SujuvaDb, CurrentUser, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SujuvaDb>(), User);
    }

    /// <summary>
    /// The code (a resource key) of the first input rule the request breaks, or null: a page runs an operation
    /// without the API's endpoint filter, so it asks the same input contract first (Platform/Input).
    /// </summary>
    public static string? InputProblem(object request) => InputRules.Refuse(request)?.Code;

    /// <summary>The stable code of a refusal (a resource key), or null when the result is a success.</summary>
    public static string? ProblemCode(IResult result) => result is ProblemHttpResult problem
        ? problem.ProblemDetails.Extensions.TryGetValue("code", out var code) ? code as string ?? "Errors.Failed" : "Errors.Failed"
        : null;

    /// <summary>
    /// A refusal in the user's language: the text of its code (a resource key), else the operation's own message.
    /// The one way a page shows why an operation said no.
    /// </summary>
    public static string Text(Refusal refusal, IStringLocalizer<Strings> t, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(t);
        var text = t[refusal.Code, arguments];
        return text.ResourceNotFound ? refusal.Message : text.Value;
    }
}
