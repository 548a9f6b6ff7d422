using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Data;

/// <summary>
/// How pages run the same operations the REST API runs: as the signed-in user, each in a fresh
/// scope, because a circuit lives far longer than a DbContext should. A page has no endpoint filter, so
/// before an operation it asks the input contract itself (InputRules.Refuse), and shows a refusal with Text.
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
