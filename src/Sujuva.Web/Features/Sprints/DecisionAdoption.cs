using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Checks an adoption's target against the network: the board's service and stage, an existing programme template.</summary>
public static class DecisionAdoption
{
    public static async Task<Refusal?> CheckBoardAsync(DecideRequest request, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        if (request.BoardServiceId is not { } serviceId) return null;
        var service = new ServiceId(serviceId);
        if (!await db.Services.AnyAsync(s => s.Id == service, ct))
            return Refusal.Invalid("boardServiceId", "Sprints.UnknownService", "No such service.");
        if (request.StageId is { } stageId
            && !await db.Stages.AnyAsync(s => s.Id == new StageId(stageId) && s.ServiceId == service && s.ArchivedAt == null, ct))
            return Refusal.Invalid("stageId", "Sprints.UnknownStage", "Choose a stage of the service's board.");
        return null;
    }

    /// <summary>An existing template must be one the decider sees (the Programmes feature's own read).</summary>
    public static async Task<Refusal?> CheckTemplateAsync(DecideRequest request, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.TemplateId is { } templateId ? (await ProgrammeTemplates.GetAsync(templateId, db, user, ct)).Refusal : null;
    }
}
