using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Network;

/// <summary>The network's structure as every signed-in user reads it (to refer clients anywhere); NetworkApi answers it.</summary>
public static class ReadNetwork
{
    public static async Task<Outcome<List<OrganisationView>>> OrganisationsAsync(SujuvaDb db, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().Where(o => o.ArchivedAt == null)
            .OrderBy(o => o.Name).ToListAsync(ct)).Select(OrganisationView.From).ToList();

    public static async Task<Outcome<List<TeamView>>> TeamsAsync(SujuvaDb db, CancellationToken ct) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct)).Select(TeamView.From).ToList();

    /// <summary>Archived services are left out unless asked for.</summary>
    public static async Task<Outcome<List<ServiceView>>> ServicesAsync(bool? archived, SujuvaDb db, CancellationToken ct) =>
        (await db.Services.AsNoTracking().Where(s => archived == true || s.ArchivedAt == null)
            .OrderBy(s => s.Name).ToListAsync(ct)).Select(ServiceView.From).ToList();

    public static async Task<Outcome<ServiceView>> ServiceAsync(Guid serviceId, SujuvaDb db, CancellationToken ct)
    {
        var id = new ServiceId(serviceId);
        var s = await db.Services.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? Refusal.NotFound("serviceId") : ServiceView.From(s);
    }
}
