using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Planning a sprint and editing its own fields (challenge, people, services, mode and sessions).</summary>
public static class PlanSprint
{
    public static async Task<Outcome<SprintView>> CreateAsync(CreateSprintRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SprintAccess.CanPlan(user) is { } forbidden) return forbidden;
        if (await CheckAsync(db, request.DeciderId, request.FacilitatorId, request.Participants ?? [], request.ServiceIds ?? [], ct) is { } bad)
            return bad;
        var created = Sprint.Create(request.Challenge, new UserId(request.DeciderId), new UserId(request.FacilitatorId),
            request.Participants ?? [], request.ServiceIds ?? [], request.Mode, request.Sessions, user.Id, clock.GetUtcNow().UtcDateTime);
        if (created.Refusal is { } refusal) return refusal;
        db.Sprints.Add(created.Value!);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ReadSprints.ViewAsync(db, user, created.Value!, ct);
    }

    public static async Task<Outcome<SprintView>> EditAsync(Guid sprintId, EditSprintRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanRun(user, sprint) is { } forbidden) return forbidden;
        if (sprint.Version != request.Version) return Refusal.EditConflict();
        if (await CheckAsync(db, request.DeciderId, request.FacilitatorId, request.Participants ?? [], request.ServiceIds ?? [], ct) is { } bad)
            return bad;
        if (sprint.Edit(request.Challenge, new UserId(request.DeciderId), new UserId(request.FacilitatorId), request.Participants ?? [],
                request.ServiceIds ?? [], request.Mode, request.Sessions, user.Id, clock.GetUtcNow().UtcDateTime) is { } refusal)
            return refusal;
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ReadSprints.ViewAsync(db, user, sprint, ct);
    }

    private static async Task<Refusal?> CheckAsync(SujuvaDb db, Guid decider, Guid facilitator, IReadOnlyList<Guid> participants,
        IReadOnlyList<Guid> services, CancellationToken ct)
    {
        if (await ImprovementInput.CheckUserAsync(db, decider, "deciderId", ct) is { } badDecider) return badDecider;
        if (await ImprovementInput.CheckUserAsync(db, facilitator, "facilitatorId", ct) is { } badFacilitator) return badFacilitator;
        if (await ImprovementInput.CheckUsersAsync(db, participants, "participants", ct) is { } badUser) return badUser;
        var known = await db.Services.Where(s => services.Select(id => new ServiceId(id)).Contains(s.Id)).Select(s => s.Id.Value).ToListAsync(ct);
        for (var i = 0; i < services.Count; i++)
            if (!known.Contains(services[i]))
                return Refusal.Invalid($"serviceIds[{i}]", "Sprints.UnknownService", "No such service.");
        return null;
    }
}
