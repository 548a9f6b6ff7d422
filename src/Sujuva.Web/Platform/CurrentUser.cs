using System.Security.Claims;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Auth;

namespace Sujuva.Web.Platform;

/// <summary>The signed-in user as the claims of their token or cookie say: id, roles and teams.</summary>
public sealed class CurrentUser(ClaimsPrincipal principal)
{
    public const string TeamClaim = "sujuva:team";

    public UserId Id { get; } = new(Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id : Guid.Empty);

    public IReadOnlyList<TeamId> Teams { get; } =
        [.. principal.FindAll(TeamClaim).Select(c => new TeamId(Guid.Parse(c.Value)))];

    public bool IsInRole(string role) => principal.IsInRole(role);

    /// <summary>Managers, developers and administrators look across the network; others see their teams' work.</summary>
    public bool SeesWholeNetwork =>
        IsInRole(Roles.Administrator) || IsInRole(Roles.Manager) || IsInRole(Roles.Developer);

    public bool IsAdministrator => IsInRole(Roles.Administrator);

    /// <summary>The rule of the policy AuthPolicies.SeesTeamFigures: team leads and the network-wide roles.</summary>
    public bool SeesTeamFigures => SeesWholeNetwork || IsInRole(Roles.TeamLead);

    /// <summary>
    /// Case work (opening, changing, referring, deciding referrals) is done by the team working the
    /// service: a team lead or worker who is a member of it. Seeing the whole network gives no right
    /// to change it (PRODUCT.md issue 3: managers and developers see pseudonymous data, administrators
    /// manage accounts).
    /// </summary>
    public bool WorksFor(TeamId team) =>
        (IsInRole(Roles.TeamLead) || IsInRole(Roles.Worker)) && Teams.Contains(team);
}
