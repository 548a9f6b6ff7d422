using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>
/// The administration pages run the same operations as /api/admin, as the signed-in administrator, each in a
/// fresh scope (a circuit outlives a DbContext).
/// </summary>
public sealed class AdminActions(IServiceScopeFactory scopes, ClaimsPrincipal principal)
{
    private readonly CurrentUser _user = new(principal);

    public Task<T> ReadAsync<T>(Func<SujuvaDb, TimeProvider, Task<T>> read) =>
        RunAsync(sp => read(sp.GetRequiredService<SujuvaDb>(), sp.GetRequiredService<TimeProvider>()));

    /// <summary>Runs an operation; null when it succeeded, else why not (PageData.Text shows it).</summary>
    public Task<Refusal?> DoAsync<T>(Func<Handler, Task<Outcome<T>>> change) => RunAsync(async sp =>
    {
        try
        {
            return (await change(new Handler(sp, _user))).Refusal is { } refusal ? InPageWords(refusal) : null;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return Refusal.EditConflict();
        }
    });

    /// <summary>Runs an operation on a request that first keeps the API's input contract (pages pass no endpoint filter).</summary>
    public Task<Refusal?> DoAsync<T>(object request, Func<Handler, Task<Outcome<T>>> change) =>
        InputRules.Refuse(request) is { } broken ? Task.FromResult<Refusal?>(broken) : DoAsync(change);

    private async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Refusals whose general text speaks of cases get the administration pages' own wording.</summary>
    private static Refusal InPageWords(Refusal refusal) => refusal.Code switch
    {
        "EditConflict" => refusal with { Code = "Admin.EditConflict" },
        "Boards.StageHasCases" => refusal with { Code = "Admin.StageHasCases" },
        "Organisations.HasServices" or "Teams.HasServices" => refusal with { Code = "Admin.HasServices" },
        _ => refusal,
    };

    /// <summary>What an operation takes, from one scope.</summary>
    public sealed record Handler(IServiceProvider Services, CurrentUser User)
    {
        public SujuvaDb Db => Services.GetRequiredService<SujuvaDb>();
        public UserManager<User> Users => Services.GetRequiredService<UserManager<User>>();
        public IAccountAuditSink Audit => Services.GetRequiredService<IAccountAuditSink>();
        public TwoFactorEnrolment Enrolment => Services.GetRequiredService<TwoFactorEnrolment>();
        public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();
    }
}
