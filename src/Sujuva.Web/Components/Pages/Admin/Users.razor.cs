using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Components.Pages.Admin;

public sealed partial class Users
{
    private AdminActions _actions = null!;
    private List<AdminUserView> _users = [];
    private List<AdminTeamView> _teams = [];
    private string? _status;
    private bool _loaded;
    private string _email = "", _name = "", _password = "";
    private HashSet<string> _newRoles = [];
    private HashSet<Guid> _newTeams = [];
    private AdminUserView? _editing;
    private HashSet<string> _editRoles = [];
    private HashSet<Guid> _editTeams = [];

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
        _users = await _actions.ReadAsync((db, clock) => AdminUserView.LoadAsync(db, clock, null, default));
        _teams = await _actions.ReadAsync((db, _) => AdminStructure.TeamsAsync(db, default));
    }

    private string TeamName(Guid id) => _teams.FirstOrDefault(t => t.Id == id) is { } team
        ? Sujuva.Web.Platform.Localisation.LocalName.Of(team) : "";

    private async Task CreateAsync()
    {
        var request = new CreateUserRequest(_email, _name, _password, [.. _newRoles], [.. _newTeams]);
        var problem = await _actions.DoAsync(request, async h =>
            await CreateUser.ApplyAsync(request, h.Db, h.Users, h.User, h.Audit, h.Clock, default));
        if (problem is null) (_email, _name, _password, _newRoles, _newTeams) = ("", "", "", [], []);
        await DoneAsync(problem, T["Admin.UserCreated", request.DisplayName]);
    }

    private void Edit(AdminUserView user)
    {
        _editing = user;
        _editRoles = [.. user.Roles];
        _editTeams = [.. user.Teams];
    }

    /// <summary>Roles then teams, each with the version read; the second takes the version the first left.</summary>
    private async Task SaveAccessAsync()
    {
        var user = _editing!;
        var problem = await _actions.DoAsync(async h => await ChangeUserAccess.RolesAsync(user.Id,
            new SetRolesRequest([.. _editRoles], user.Version), h.Db, h.Users, h.User, h.Audit, h.Clock, default));
        if (problem is null)
        {
            var version = (await _actions.ReadAsync((db, clock) => AdminUserView.LoadAsync(db, clock, user.Id, default)))[0].Version;
            problem = await _actions.DoAsync(async h => await ChangeUserAccess.TeamsAsync(user.Id,
                new SetTeamsRequest([.. _editTeams], version), h.Db, h.Users, h.User, h.Audit, h.Clock, default));
        }
        if (problem is null) _editing = null;
        await DoneAsync(problem, T["Admin.Saved", user.DisplayName]);
    }

    private async Task LockAsync(AdminUserView user) => await DoneAsync(await _actions.DoAsync(async h => user.LockedOut
        ? await LockUser.UnlockAsync(user.Id, h.Db, h.Users, h.User, h.Audit, h.Clock, default)
        : await LockUser.LockAsync(user.Id, h.Db, h.Users, h.User, h.Audit, h.Clock, default)), T["Admin.Saved", user.DisplayName]);

    private async Task ResetAsync(AdminUserView user) => await DoneAsync(await _actions.DoAsync(async h =>
        await LockUser.ResetTwoFactorAsync(user.Id, h.Db, h.Users, h.Enrolment, h.User, h.Audit, h.Clock, default)),
        T["Admin.Saved", user.DisplayName]);

    private async Task DoneAsync(Refusal? problem, string success)
    {
        _status = problem is null ? success : PageData.Text(problem, T);
        await LoadAsync();
    }
}
