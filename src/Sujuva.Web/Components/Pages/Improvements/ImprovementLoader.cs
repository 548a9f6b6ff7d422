using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Improvements;

/// <summary>A service, team or organisation a form offers.</summary>
public sealed record ScopeOption(Guid Id, string Name, Guid? OrganisationId = null);

/// <summary>What the new-improvement form offers: the network's services, teams, organisations and people.</summary>
public sealed record ImprovementChoices(
    IReadOnlyList<ScopeOption> Services, IReadOnlyList<ScopeOption> Teams, IReadOnlyList<ScopeOption> Organisations,
    IReadOnlyList<PersonView> People, bool MayCreateAnywhere);

/// <summary>The improvement pages' reads and writes: the API's operations, run as the signed-in user (PageData).</summary>
public sealed class ImprovementLoader(PageData data, FlowCache cache, Pseudonyms pseudonyms, TimeProvider clock, IStringLocalizer<Strings> text)
{
    public Task<List<ImprovementSummary>> ListAsync(ImprovementFilter filter) =>
        data.RunAsync((db, _) => ReadImprovements.ListAsync(filter, db, clock, CancellationToken.None));

    public Task<Outcome<ImprovementView>> GetAsync(Guid id) =>
        data.RunAsync((db, user) => ReadImprovements.GetAsync(id, db, user, clock, CancellationToken.None));

    public Task<Outcome<ChartResponse>> ChartAsync(Guid id, ChartRequest request) =>
        data.RunAsync((db, user) => ImprovementCharts.ReadAsync(id, request, db, cache, pseudonyms, user, clock,
            text, CancellationToken.None));

    public Task<A3Figures> A3FiguresAsync(ImprovementScope scope, DateOnly start) =>
        data.RunAsync((db, _) => A3Figures.OfAsync(db, cache, scope, start, CancellationToken.None));

    /// <summary>Runs a change (create, plan, start, observe, study, decide) after the input contract's own check.</summary>
    public Task<Outcome<ImprovementView>> ChangeAsync(object request,
        Func<Sujuva.Web.Data.SujuvaDb, CurrentUser, TimeProvider, Task<Outcome<ImprovementView>>> change)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Platform.Input.InputRules.Refuse(request) is { } refusal) return Task.FromResult<Outcome<ImprovementView>>(refusal);
        return data.RunAsync((db, user) => change(db, user, clock));
    }

    public Task<ImprovementChoices> ChoicesAsync() =>
        data.RunAsync(async (db, user) =>
        {
            var services = await db.Services.Where(s => s.ArchivedAt == null)
                .Select(s => new { s.Id, s.Name, s.NameSv, s.NameEn, s.OrganisationId }).ToListAsync();
            var teams = await db.Teams.Where(t => t.ArchivedAt == null).Select(t => new { t.Id, t.Name, t.NameSv, t.NameEn }).ToListAsync();
            var organisations = await db.Organisations.Where(o => o.ArchivedAt == null)
                .Select(o => new { o.Id, o.Name, o.NameSv, o.NameEn }).ToListAsync();
            var people = await db.Users.Where(u => u.LockoutEnd == null).Select(u => new PersonView(u.Id, u.DisplayName)).ToListAsync();
            return new ImprovementChoices(
                [.. services.Select(s => new ScopeOption(s.Id.Value, LocalName.Pick(s.Name, s.NameSv, s.NameEn), s.OrganisationId.Value))
                    .OrderBy(s => s.Name, StringComparer.CurrentCulture)],
                [.. teams.Select(t => new ScopeOption(t.Id.Value, LocalName.Pick(t.Name, t.NameSv, t.NameEn))).OrderBy(t => t.Name, StringComparer.CurrentCulture)],
                [.. organisations.Select(o => new ScopeOption(o.Id.Value, LocalName.Pick(o.Name, o.NameSv, o.NameEn)))
                    .OrderBy(o => o.Name, StringComparer.CurrentCulture)],
                [.. people.OrderBy(p => p.Name, StringComparer.CurrentCulture)],
                user.IsInRole(Features.Auth.Roles.Developer) || user.IsInRole(Features.Auth.Roles.Manager));
        });
}
