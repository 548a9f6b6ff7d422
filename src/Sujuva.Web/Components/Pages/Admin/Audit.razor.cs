using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>
/// The audit log for administrators, newest first, filtered and paged by the database through the
/// same AuditFilter as GET /api/audit. It shows staff names, client pseudonyms and service names,
/// never a client's personal data (decision 0006), so looking at it writes no PersonalDataRead entry;
/// only the CSV download is recorded (as an Export).
/// </summary>
public sealed partial class Audit
{
    private AuditViewQuery _query = AuditViewQuery.Parse(null, null, null, null, null, null);
    private List<AuditActor> _actors = [];
    private AuditGroupsPage? _page;
    // The clients behind the page views the administrator opened, by page-view id.
    private readonly Dictionary<Guid, IReadOnlyList<AuditRow>> _expanded = [];
    private AdminActions? _actions;
    private ClientId? _client;
    private bool _unknownClient;
    private AuditDetail _detail = null!;
    private bool _loaded;

    [SupplyParameterFromQuery(Name = "user")] public string? User { get; set; }
    [SupplyParameterFromQuery(Name = "client")] public string? Client { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string? Kind { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? PageNumber { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _query = AuditViewQuery.Parse(User, Client, Kind, From, To, PageNumber);
        var principal = (await AuthenticationState).User;
        _actions = new AdminActions(Scopes, principal);
        var model = await Visit.LoadAsync($"audit:{User}:{Client}:{Kind}:{From}:{To}:{PageNumber}", !RendererInfo.IsInteractive,
            () => LoadAsync(_actions));
        _expanded.Clear();
        _actors = model.Actors;
        _detail = new AuditDetail(T, model.TeamNames);
        _client = model.Client;
        _unknownClient = model.UnknownClient;
        _page = model.Page;
        _loaded = true;
    }

    private async Task<AuditPageModel> LoadAsync(AdminActions actions)
    {
        var actors = await actions.ReadAsync((db, _) => AuditRows.ActorsAsync(db, CancellationToken.None));
        var teams = await actions.ReadAsync((db, _) => AdminStructure.TeamsAsync(db, CancellationToken.None));
        var client = _query.Client is { } text ? await actions.ReadAsync((db, _) => AuditRows.ClientAsync(db, text, CancellationToken.None)) : null;
        var unknownClient = _query.Client is not null && client is null;
        var page = unknownClient ? null : await ReadPageAsync(actions, _query.Page, client);
        // A shared link may outlive its page (a narrower filter, an edited address): show the last one instead.
        if (page is { Total: > 0, Groups.Count: 0 }) page = await ReadPageAsync(actions, page.Pages, client);
        return new AuditPageModel(actors, teams.ToDictionary(t => t.Id, t => t.Name), client, unknownClient, page);
    }

    private Task<AuditGroupsPage> ReadPageAsync(AdminActions actions, int page, ClientId? client) => actions.ReadAsync((db, _) =>
        AuditRows.PageViewsAsync(db, _query.Filter(client), page, AuditViewQuery.PageSize, CancellationToken.None));

    /// <summary>Lists a page view's clients under its line (those the filters select), or folds them away.</summary>
    private async Task ToggleAsync(Guid view)
    {
        if (_expanded.Remove(view) || _actions is null) return;
        _expanded[view] = await _actions.ReadAsync((db, _) =>
            AuditRows.OfPageViewAsync(db, _query.Filter(_client), view, CancellationToken.None));
    }

    /// <summary>What one view of the audit page reads, carried from prerendering to the circuit.</summary>
    private sealed record AuditPageModel(List<AuditActor> Actors, Dictionary<Guid, string> TeamNames, ClientId? Client,
        bool UnknownClient, AuditGroupsPage? Page);

    private string Summary => _unknownClient ? T["AuditView.UnknownClient"]
        : _page is null ? ""
        : _page.Total == 0 ? T["AuditView.None"]
        : T["AuditView.Lines", _page.Total, _page.Page, _page.Pages];
}
