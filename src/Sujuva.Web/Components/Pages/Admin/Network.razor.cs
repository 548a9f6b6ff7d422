using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Admin;

public sealed partial class Network
{
    private AdminActions _actions = null!;
    private List<AdminOrganisationView> _organisations = [];
    private List<AdminTeamView> _teams = [];
    private List<AdminServiceView> _services = [];
    private readonly Dictionary<Guid, NameEdit> _names = [];
    private string? _status;
    private bool _loaded;
    private string _newOrganisation = "", _newTeam = "";
    private Guid _newTeamOrganisation;
    private Guid? _board;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actions = new AdminActions(Scopes, (await AuthenticationState).User);
        await LoadAsync();
        _loaded = true;
    }

    private async Task LoadAsync()
    {
        _organisations = await _actions.ReadAsync((db, _) => AdminStructure.OrganisationsAsync(db, default));
        _teams = await _actions.ReadAsync((db, _) => AdminStructure.TeamsAsync(db, default));
        _services = await _actions.ReadAsync((db, _) => AdminServices.ListAsync(db, default));
        foreach (var o in _organisations) _names[o.Id] = NameEdit.Of(o);
        foreach (var t in _teams) _names[t.Id] = NameEdit.Of(t);
        foreach (var s in _services) _names[s.Id] = NameEdit.Of(s);
        if (_newTeamOrganisation == Guid.Empty) _newTeamOrganisation = _organisations.FirstOrDefault()?.Id ?? Guid.Empty;
    }

    private string OrganisationName(Guid id) => _organisations.FirstOrDefault(o => o.Id == id) is { } o ? LocalName.Of(o) : "";

    private async Task CreateOrganisationAsync()
    {
        var request = new CreateOrganisationRequest(_newOrganisation);
        await DoneAsync(await _actions.DoAsync(request, async h =>
            await CreateOrganisation.ApplyAsync(request, h.Db, h.User, h.Clock, default)));
    }

    private async Task CreateTeamAsync()
    {
        var request = new CreateTeamRequest(_newTeam);
        await DoneAsync(await _actions.DoAsync(request, async h =>
            await CreateTeam.ApplyAsync(_newTeamOrganisation, request, h.Db, h.User, h.Clock, default)));
    }

    private async Task RenameOrganisationAsync(AdminOrganisationView o)
    {
        var request = new RenameOrganisationRequest(_names[o.Id].Fi, o.Version, _names[o.Id].Sv, _names[o.Id].En);
        await DoneAsync(await _actions.DoAsync(request, async h =>
            await AdminStructure.RenameOrganisationAsync(o.Id, request, h.Db, h.User, h.Clock, default)));
    }

    private async Task ArchiveOrganisationAsync(AdminOrganisationView o) => await DoneAsync(await _actions.DoAsync(async h =>
        await AdminStructure.ArchiveOrganisationAsync(o.Id, new VersionRequest(o.Version), h.Db, h.User, h.Clock, default)));

    private async Task RenameTeamAsync(AdminTeamView t)
    {
        var request = new RenameRequest(_names[t.Id].Fi, t.Version, _names[t.Id].Sv, _names[t.Id].En);
        await DoneAsync(await _actions.DoAsync(request, async h =>
            await AdminStructure.RenameTeamAsync(t.Id, request, h.Db, h.User, h.Clock, default)));
    }

    private async Task ArchiveTeamAsync(AdminTeamView t) => await DoneAsync(await _actions.DoAsync(async h =>
        await AdminStructure.ArchiveTeamAsync(t.Id, new VersionRequest(t.Version), h.Db, h.User, h.Clock, default)));

    private async Task RenameServiceAsync(AdminServiceView s)
    {
        var request = new RenameRequest(_names[s.Id].Fi, s.Version, _names[s.Id].Sv, _names[s.Id].En);
        await DoneAsync(await _actions.DoAsync(request, async h =>
            await AdminServices.RenameAsync(s.Id, request, h.Db, h.User, h.Clock, default)));
    }

    private async Task ArchiveServiceAsync(AdminServiceView s) => await DoneAsync(await _actions.DoAsync(async h =>
        await AdminServices.ArchiveAsync(s.Id, new VersionRequest(s.Version), h.Db, h.User, h.Clock, default)));

    private async Task ChangedAsync(Refusal? problem) => await DoneAsync(problem);

    private async Task DoneAsync(Refusal? problem)
    {
        _status = problem is null ? T["Admin.SavedAll"] : PageData.Text(problem, T);
        if (problem is null) (_newOrganisation, _newTeam) = ("", "");
        await LoadAsync();
    }
}
