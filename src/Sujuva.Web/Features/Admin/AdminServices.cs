using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Admin;

public sealed record AdminServiceView(
    Guid Id, Guid OrganisationId, Guid TeamId, string Name, DateTime? ArchivedAt, int Version, IReadOnlyList<StageView> Stages)
    : ILocallyNamed
{
    /// <summary>Stages in board order; archived stages are left out, as on the board.</summary>
    public static AdminServiceView From(Service s) => new(s.Id.Value, s.OrganisationId.Value, s.TeamId.Value, s.Name,
        s.ArchivedAt, s.Version, [.. s.ActiveStages.Select(StageView.From)]) { NameSv = s.NameSv, NameEn = s.NameEn };

    public string? NameSv { get; init; }
    public string? NameEn { get; init; }
}

/// <summary>Services, archived ones included; rename and archive with the version the administrator saw.</summary>
public static class AdminServices
{
    public static async Task<List<AdminServiceView>> ListAsync(SujuvaDb db, CancellationToken ct) =>
        (await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct))
            .Select(AdminServiceView.From).ToList();

    public static Task<Outcome<AdminServiceView>> RenameAsync(
        Guid serviceId, RenameRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        EditAsync(db, serviceId, request.Version, s => s.Rename(request.Name, request.NameSv, request.NameEn, user.Id, clock.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<AdminServiceView>> ArchiveAsync(
        Guid serviceId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        EditAsync(db, serviceId, request.Version, s => s.Archive(user.Id, clock.GetUtcNow().UtcDateTime), ct);

    /// <summary>Load, compare the version (409 when stale), change, save; a race lost at save is a 409 too.</summary>
    internal static async Task<Outcome<AdminServiceView>> EditAsync(
        SujuvaDb db, Guid serviceId, int version, Func<Service, Refusal?> edit, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == new ServiceId(serviceId), ct);
        if (service is null) return Refusal.NotFound("serviceId");
        if (service.Version != version) return Refusal.EditConflict();
        if (edit(service) is { } refusal) return refusal;
        await db.SaveChangesAsync(ct);
        return AdminServiceView.From(service);
    }
}
