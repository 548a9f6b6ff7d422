using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Deciding and closing a sprint. The Decider decides; the facilitator may record a decision for them, and closes the
/// sprint (SprintAccess.CanRun). A decision that becomes an experiment or a new programme template is created through
/// that feature's own operation, with its rules and access, in one transaction with the decision: both or neither.
/// </summary>
public static class SprintDecisions
{
    public static async Task<Outcome<SprintDecisionView>> DecideAsync(Guid sprintId, DecideRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if ((SprintAccess.CanRun(user, sprint) ?? sprint.IsClosedRefusal()) is { } refused) return refused;
        if (await CheckAsync(request.OwnerId, request.Due, db, clock, ct) is { } bad) return bad;
        var now = clock.GetUtcNow().UtcDateTime;
        var created = SprintDecision.Create(sprint.Id, request.Kind, request.What, new UserId(request.OwnerId), request.Due, request.Reason,
            request.Prediction, request.Target(), user.Id, now);
        if (created.Refusal is { } invalid) return invalid;
        if ((await DecisionAdoption.CheckBoardAsync(request, db, ct) ?? await DecisionAdoption.CheckTemplateAsync(request, db, user, ct)) is { } badTarget)
            return badTarget;
        var decision = created.Value!;

        await using var write = await db.BeginSerializedWriteAsync(ct);
        if (request.Kind == DecisionKind.TestFurther)
        {
            var experiment = await DecisionExperiment.CreateAsync(sprint, request, db, user, clock, ct);
            if (experiment.Refusal is { } refusal) return refusal;
            decision.Became(new ImprovementId(experiment.Value!.Id), null);
        }
        else if (request is { Kind: DecisionKind.Adopt, Template: { } template })
        {
            var programme = await ProgrammeTemplates.CreateAsync(template, db, user, clock, ct);
            if (programme.Refusal is { } refusal) return refusal with { Field = $"template.{refusal.Field}" };
            decision.Became(null, new ProgrammeTemplateId(programme.Value!.Id));
        }

        db.SprintDecisions.Add(decision);
        sprint.Decided(user.Id, now);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        await write.CommitAsync(ct);
        return await ReadDecisions.ViewAsync(db, clock, decision, ct);
    }

    public static async Task<Outcome<SprintDecisionView>> EditAsync(Guid sprintId, Guid decisionId, EditDecisionRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanRun(user, sprint) is { } forbidden) return forbidden;
        var decision = await db.SprintDecisions.SingleOrDefaultAsync(d => d.Id == new SprintDecisionId(decisionId) && d.SprintId == sprint.Id, ct);
        if (decision is null) return Refusal.NotFound("decisionId");
        if (decision.Version != request.Version) return Refusal.EditConflict();
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        // A due date already past stays as it was; a new one is checked as a new decision's is.
        var bad = request.Due != decision.Due ? await CheckAsync(request.OwnerId, request.Due, db, clock, ct)
            : await ImprovementInput.CheckUserAsync(db, request.OwnerId, "ownerId", ct);
        if (bad is not null) return bad;
        var now = clock.GetUtcNow().UtcDateTime;
        if ((decision.Edit(request.What, new UserId(request.OwnerId), request.Due, request.Reason) ?? sprint.Decided(user.Id, now)) is { } refusal)
            return refusal;
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return await ReadDecisions.ViewAsync(db, clock, decision, ct);
    }

    /// <summary>Closes the sprint with the version seen; a sprint without a decision is refused naming "decisions".</summary>
    public static async Task<Outcome<SprintView>> CloseAsync(Guid sprintId, VersionRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanRun(user, sprint) is { } forbidden) return forbidden;
        if (sprint.Version != request.Version) return Refusal.EditConflict();
        var decisions = await db.SprintDecisions.CountAsync(d => d.SprintId == sprint.Id, ct);
        if (sprint.Close(decisions, user.Id, clock.GetUtcNow().UtcDateTime) is { } refusal) return refusal;
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return await ReadSprints.ViewAsync(db, user, sprint, ct);
    }

    /// <summary>The owner is a user of the network; the due date is not already past.</summary>
    private static async Task<Refusal?> CheckAsync(Guid owner, DateOnly due, SujuvaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (due < ReadImprovements.Today(clock)) return Refusal.Invalid("due", "Sprints.DueInPast", "The due date cannot be in the past.");
        return await ImprovementInput.CheckUserAsync(db, owner, "ownerId", ct);
    }
}
