using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Network;

public sealed record CreateTeamRequest([Text(TextLimits.Name)] string Name, [Text(TextLimits.Name)] string? NameSv = null,
    [Text(TextLimits.Name)] string? NameEn = null);

public static class CreateTeam
{
    public static async Task<Outcome<TeamView>> ApplyAsync(
        Guid organisationId, CreateTeamRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var id = new OrganisationId(organisationId);
        if (!await db.Organisations.AnyAsync(o => o.Id == id, ct)) return Refusal.NotFound("organisationId");
        if (string.IsNullOrWhiteSpace(request.Name))
            return Refusal.Invalid("name", "Teams.NameMissing", "A team needs a name.");
        var team = Team.Create(id, request.Name.Trim(), user.Id, clock.GetUtcNow().UtcDateTime, request.NameSv,
            request.NameEn);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return TeamView.From(team);
    }
}
