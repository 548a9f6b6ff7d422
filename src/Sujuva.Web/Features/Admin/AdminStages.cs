using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using System.ComponentModel.DataAnnotations;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Admin;

/// <summary>Name is the Finnish name; the Swedish and English ones are optional (blank shows the Finnish one).</summary>
public sealed record StageRequest([Text(TextLimits.Name)] string Name, StageKind Kind, [Range(1, 1000)] int? WipLimit, int Version,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null)
{
    public StageSpec Spec => new(Name, Kind, WipLimit, NameSv, NameEn);
}

public sealed record StageOrderRequest(IReadOnlyList<Guid> StageIds, int Version);

/// <summary>The service after a stage was added, and the new stage's id (its address).</summary>
public sealed record AddedStage(AdminServiceView Service, Guid StageId);

/// <summary>A board's stages and WIP limits; Version is the service's, so two edits of one board cannot cross.</summary>
public static class AdminStages
{
    public static async Task<Outcome<AddedStage>> AddAsync(
        Guid serviceId, StageRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        Stage? added = null;
        var (service, refusal) = await AdminServices.EditAsync(db, serviceId, request.Version, s =>
        {
            var (stage, refusal) = s.AddStage(request.Spec, user.Id,
                clock.GetUtcNow().UtcDateTime);
            // A stage reached only through the service's collection could be taken for an existing row.
            if (stage is not null) db.Stages.Add(added = stage);
            return refusal;
        }, ct);
        return service is not null && added is not null ? new AddedStage(service, added.Id.Value) : refusal!;
    }

    public static Task<Outcome<AdminServiceView>> ChangeAsync(
        Guid serviceId, Guid stageId, StageRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        AdminServices.EditAsync(db, serviceId, request.Version, s => s.ChangeStage(new StageId(stageId),
            request.Spec, user.Id, clock.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<AdminServiceView>> ReorderAsync(
        Guid serviceId, StageOrderRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        AdminServices.EditAsync(db, serviceId, request.Version,
            s => s.ReorderStages(request.StageIds, user.Id, clock.GetUtcNow().UtcDateTime), ct);

    public static async Task<Outcome<AdminServiceView>> ArchiveAsync(
        Guid serviceId, Guid stageId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var id = new StageId(stageId);
        var open = await db.Cases.CountAsync(c => c.StageId == id && c.ClosedAt == null, ct);
        return await AdminServices.EditAsync(db, serviceId, request.Version,
            s => s.ArchiveStage(id, open, user.Id, clock.GetUtcNow().UtcDateTime), ct);
    }
}
