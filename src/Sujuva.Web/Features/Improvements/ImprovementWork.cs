using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// Creating and working on improvements. Each operation returns an Outcome: the improvement's view after the
/// change, or the refusal (400 naming the field, 403, 404, 409 for a stale version, 422 for a rule).
/// </summary>
public static class ImprovementWork
{
    /// <summary>How far back the baseline starts by default: half a year of weekly points.</summary>
    public const int DefaultBaselineDays = 182;

    public static async Task<Outcome<ImprovementView>> CreateAsync(CreateImprovementRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var scope = request.Scope.ToScope();
        if (await ImprovementInput.CheckScopeAsync(db, scope, "scope", ct) is { } badScope) return badScope;
        if (await ImprovementAccess.CanCreateAsync(db, user, scope, ct) is { } forbidden) return forbidden;
        var (measures, badMeasure) = await ImprovementInput.MeasuresAsync(db, request.Measures, scope, ct);
        if (badMeasure is not null) return badMeasure;
        var participants = request.Participants ?? [];
        if (await ImprovementInput.CheckUsersAsync(db, participants, "participants", ct) is { } badUser) return badUser;
        var owner = request.OwnerId ?? user.Id.Value;
        if (await ImprovementInput.CheckUserAsync(db, owner, "ownerId", ct) is { } badOwner) return badOwner;
        Improvement? a3 = null;
        if (request.A3Id is { } a3Id)
        {
            a3 = await db.Improvements.SingleOrDefaultAsync(i => i.Id == new ImprovementId(a3Id), ct);
            if (a3 is not { Kind: ImprovementKind.A3 }) return Refusal.Invalid("a3Id", "Improvements.NotA3", "Only an A3 has countermeasures to try.");
            if (request.CountermeasureId is { } cm && a3.Sheet!.Countermeasures.All(c => c.Id != cm))
                return Refusal.Invalid("countermeasureId", "Improvements.UnknownCountermeasure", "No such countermeasure on the A3.");
        }

        var measuredFrom = request.MeasuredFrom ?? ReadImprovements.Today(clock).AddDays(-DefaultBaselineDays);
        var created = Improvement.Create(request.Kind, request.Title, request.Aim, new UserId(owner), participants, scope, measuredFrom,
            measures!, a3?.Id.Value, user.Id, now);
        if (created.Refusal is { } refusal) return refusal;
        var improvement = created.Value!;
        db.Improvements.Add(improvement);
        if (a3 is not null && request.CountermeasureId is { } tried)
            a3.TryCountermeasure(tried, improvement.Id.Value, user.Id, now);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ReadImprovements.ViewAsync(db, user, clock, improvement, ct);
    }

    public static Task<Outcome<ImprovementView>> EditAsync(Guid improvementId, EditImprovementRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, async i =>
        {
            var participants = request.Participants ?? [];
            if (await ImprovementInput.CheckUsersAsync(db, participants, "participants", ct) is { } badUser) return badUser;
            if (await ImprovementInput.CheckUserAsync(db, request.OwnerId, "ownerId", ct) is { } badOwner) return badOwner;
            return i.Edit(request.Title, request.Aim, new UserId(request.OwnerId), participants, request.MeasuredFrom, user.Id, Now(clock));
        }, ct);

    public static Task<Outcome<ImprovementView>> SetMeasuresAsync(Guid improvementId, MeasuresRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, async i =>
        {
            var measures = await ImprovementInput.MeasuresAsync(db, request.Measures, i.Scope, ct);
            return measures.Refusal ?? i.SetMeasures(measures.Value!, user.Id, Now(clock));
        }, ct);

    public static Task<Outcome<ImprovementView>> PlanCycleAsync(Guid improvementId, CycleRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.PlanCycle(request.Change, request.ChangeDate, request.StudyOn, Predictions(request), user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> EditCycleAsync(Guid improvementId, int cycle, CycleRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.EditCycle(cycle, request.Change, request.ChangeDate, request.StudyOn, Predictions(request), user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> StartCycleAsync(Guid improvementId, int cycle, VersionRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.StartCycle(cycle, user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> ObserveAsync(Guid improvementId, int cycle, ObservationRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.Observe(cycle, request.On, request.Text, request.Problem, user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> StudyAsync(Guid improvementId, int cycle, StudyRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.StudyCycle(cycle, request.Study, user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> DecideAsync(Guid improvementId, int cycle, DecisionRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, i => Task.FromResult(
            i.Decide(cycle, request.Decision, request.Reason, user.Id, Now(clock)).Refusal), ct);

    public static Task<Outcome<ImprovementView>> SetSheetAsync(Guid improvementId, SheetRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(improvementId, request.Version, db, user, clock, async i =>
        {
            var owners = (request.Plan ?? []).Where(p => p.OwnerId is not null).Select(p => p.OwnerId!.Value).ToList();
            if (await ImprovementInput.CheckUsersAsync(db, owners, "plan", ct) is { } badUser) return badUser;
            return i.Kind != ImprovementKind.A3
                ? Refusal.Rule("kind", "Improvements.NotA3", "Only an A3 has an A3 sheet.")
                : i.SetSheet(A3Input.Sheet(request, i.Sheet!, Now(clock)), user.Id, Now(clock));
        }, ct);

    /// <summary>
    /// Load (404), compare the version (409), check the user works on it (403), change, save (a lost race is a 409
    /// too), and answer the improvement as it now is.
    /// </summary>
    private static async Task<Outcome<ImprovementView>> ChangeAsync(Guid improvementId, int version, SujuvaDb db, CurrentUser user,
        TimeProvider clock, Func<Improvement, Task<Refusal?>> change, CancellationToken ct)
    {
        var improvement = await db.Improvements.SingleOrDefaultAsync(i => i.Id == new ImprovementId(improvementId), ct);
        if (improvement is null) return Refusal.NotFound("improvementId");
        if (await ImprovementAccess.CanWorkOnAsync(db, user, improvement, ct) is { } forbidden) return forbidden;
        if (improvement.Version != version) return Refusal.EditConflict();
        if (await change(improvement) is { } refusal) return refusal;
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return await ReadImprovements.ViewAsync(db, user, clock, improvement, ct);
    }

    private static IReadOnlyList<Prediction> Predictions(CycleRequest request) =>
        [.. (request.Predictions ?? []).Select(p => p.ToPrediction())];

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
