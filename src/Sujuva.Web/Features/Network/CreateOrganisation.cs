using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Network;

public sealed record CreateOrganisationRequest([Text(TextLimits.Name)] string Name, [Text(TextLimits.Name)] string? NameSv = null,
    [Text(TextLimits.Name)] string? NameEn = null);

public sealed record CreateTeamRequest([Text(TextLimits.Name)] string Name, [Text(TextLimits.Name)] string? NameSv = null,
    [Text(TextLimits.Name)] string? NameEn = null);

public static class CreateOrganisation
{
    public static async Task<Outcome<OrganisationView>> ApplyAsync(
        CreateOrganisationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
            return Refusal.Invalid("name", "Organisations.NameMissing", "An organisation needs a name.");
        var o = Organisation.Create(request.Name.Trim(), request.NameSv, request.NameEn, user.Id,
            clock.GetUtcNow().UtcDateTime);
        db.Organisations.Add(o);
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(o);
    }
}

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
