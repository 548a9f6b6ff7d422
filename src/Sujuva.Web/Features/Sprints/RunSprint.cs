using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Running the agenda: the facilitator (or the Decider standing in) starts, pauses, resumes and moves to the next
/// exercise, each with the sprint's version (409 when stale); everyone reads the timer.
/// </summary>
public static class RunSprint
{
    public static async Task<Outcome<SprintRunView>> ReadAsync(Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var sprint = await SprintRows.ReadAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        return View(sprint, user, clock.GetUtcNow().UtcDateTime);
    }

    public static Task<Outcome<SprintRunView>> StartAsync(Guid sprintId, StartExerciseRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(sprintId, request.Version, (s, by, at) => s.StartExercise(request.Exercise, by, at), db, user, clock, ct);
    }

    public static Task<Outcome<SprintRunView>> NextAsync(Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(sprintId, request?.Version, (s, by, at) => s.StartNext(by, at), db, user, clock, ct);

    public static Task<Outcome<SprintRunView>> PauseAsync(Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(sprintId, request?.Version, (s, by, at) => s.Pause(by, at), db, user, clock, ct);

    public static Task<Outcome<SprintRunView>> ResumeAsync(Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(sprintId, request?.Version, (s, by, at) => s.Resume(by, at), db, user, clock, ct);

    /// <summary>Reveals a vote round: from now on everyone reads its tally, and it takes no more dots.</summary>
    public static async Task<Outcome<VoteRoundView>> RevealAsync(Guid sprintId, VoteRound round, SprintVersionRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (!Enum.IsDefined(round)) return Refusal.Invalid("round", "Sprints.UnknownRound", "Choose a vote round.");
        var (_, refusal) = await ChangeAsync(sprintId, request?.Version, (s, by, at) => s.Reveal(round, by, at), db, user, clock, ct);
        if (refusal is not null) return refusal;
        var sprint = await SprintRows.ReadAsync(db, sprintId, ct);
        return await ReadVotes.ViewAsync(db, sprint!, round, user, ct);
    }

    public static SprintRunView View(Sprint sprint, CurrentUser user, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(sprint);
        ExerciseRunView? current = null;
        if (sprint.CurrentExercise is { } exercise && sprint.ExerciseStartedAt is { } started)
        {
            var step = DesignSprintAgenda.Of(exercise);
            var elapsed = (int)sprint.Elapsed(at).TotalSeconds;
            current = new ExerciseRunView(step, started, step.Minutes, elapsed, step.Minutes * 60 - elapsed, sprint.PausedAt is not null);
        }
        var next = sprint.CurrentExercise is { } now ? DesignSprintAgenda.After(now) : DesignSprintAgenda.Steps[0];
        return new SprintRunView(sprint.Id.Value, sprint.Status, sprint.Version, current, next, at, SprintAccess.MayRun(user, sprint));
    }

    private static async Task<Outcome<SprintRunView>> ChangeAsync(Guid sprintId, int? version, Func<Sprint, UserId, DateTime, Refusal?> change,
        SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(user);
        var sprint = await SprintRows.FindAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanRun(user, sprint) is { } forbidden) return forbidden;
        if (sprint.Version != version) return Refusal.EditConflict();
        var at = clock.GetUtcNow().UtcDateTime;
        if (change(sprint, user.Id, at) is { } refusal) return refusal;
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return View(sprint, user, at);
    }
}
