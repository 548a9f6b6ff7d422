using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>A refusal as the page shows it: the code (a resource key) and the API's message as a fallback.</summary>
public sealed record AdminProblem(string Code, string Detail);

/// <summary>
/// The administration pages run the same handlers as /api/admin, as the signed-in administrator, each in a
/// fresh scope (a circuit outlives a DbContext).
/// </summary>
public sealed class AdminActions(IServiceScopeFactory scopes, ClaimsPrincipal principal)
{
    private readonly CurrentUser _user = new(principal);

    public Task<T> ReadAsync<T>(Func<SujuvaDb, TimeProvider, Task<T>> read) =>
        RunAsync(sp => read(sp.GetRequiredService<SujuvaDb>(), sp.GetRequiredService<TimeProvider>()));

    /// <summary>Runs a handler; null when it succeeded, else what refused it.</summary>
    public Task<AdminProblem?> DoAsync(Func<Handler, Task<IResult>> change) => RunAsync(async sp =>
    {
        try
        {
            return ProblemOf(await change(new Handler(sp, _user)));
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return new AdminProblem("EditConflict", "Someone else changed this first.");
        }
    });

    /// <summary>Runs a handler on a request that first keeps the API's input contract (pages pass no endpoint filter).</summary>
    public Task<AdminProblem?> DoAsync(object request, Func<Handler, Task<IResult>> change) =>
        InputRules.Refuse(request) is { } broken
            ? Task.FromResult<AdminProblem?>(new AdminProblem(broken.Code, broken.Message))
            : DoAsync(change);

    private async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static AdminProblem? ProblemOf(IResult result) =>
        (result as INestedHttpResult)?.Result is ProblemHttpResult problem
            ? new AdminProblem(PageKey(problem.ProblemDetails.Extensions.TryGetValue("code", out var code) ? code as string ?? "" : ""),
                problem.ProblemDetails.Detail ?? "")
            : null;

    /// <summary>Codes whose general text speaks of cases get the administration pages' own wording.</summary>
    private static string PageKey(string code) => code switch
    {
        "EditConflict" => "Admin.EditConflict",
        "Boards.StageHasCases" => "Admin.StageHasCases",
        "Organisations.HasServices" or "Teams.HasServices" => "Admin.HasServices",
        _ => code,
    };

    /// <summary>What a handler takes, from one scope.</summary>
    public sealed record Handler(IServiceProvider Services, CurrentUser User)
    {
        public SujuvaDb Db => Services.GetRequiredService<SujuvaDb>();
        public UserManager<User> Users => Services.GetRequiredService<UserManager<User>>();
        public IAccountAuditSink Audit => Services.GetRequiredService<IAccountAuditSink>();
        public TwoFactorEnrolment Enrolment => Services.GetRequiredService<TwoFactorEnrolment>();
        public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();
    }
}
