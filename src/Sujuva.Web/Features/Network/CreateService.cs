using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Network;

public sealed record CreateServiceRequest(Guid TeamId, [Text(TextLimits.Name)] string Name, IReadOnlyList<StageSpec> Stages,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null);

public static class CreateService
{
    public static async Task<Outcome<ServiceView>> ApplyAsync(
        CreateServiceRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var teamId = new TeamId(request.TeamId);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null) return Refusal.NotFound("teamId");
        var (service, refusal) = Service.Create(team, request.Name.Trim(), request.Stages, user.Id,
            clock.GetUtcNow().UtcDateTime, request.NameSv, request.NameEn);
        if (service is null) return refusal!;
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        return ServiceView.From(service);
    }
}
