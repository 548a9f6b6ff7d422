using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Running the agenda: the exercise under way, when it started, and how long it has stood paused, so its timer reads the
/// same on every screen (elapsed = now − start − pauses). Starting the first exercise makes a planned sprint Running.
/// </summary>
public sealed partial class Sprint
{
    public SprintExercise? CurrentExercise { get; private set; }
    public DateTime? ExerciseStartedAt { get; private set; }

    /// <summary>Set while the current exercise is paused.</summary>
    public DateTime? PausedAt { get; private set; }

    /// <summary>The current exercise's earlier pauses, added up at each resume.</summary>
    public TimeSpan PausedFor { get; private set; }

    /// <summary>The vote rounds the facilitator has revealed; until then each voter sees only their own dots.</summary>
    public List<VoteRound> RevealedRounds { get; private set; } = [];

    /// <summary>Starts any exercise of the agenda (the facilitator may go back or skip); its timer starts from zero.</summary>
    public Refusal? StartExercise(SprintExercise exercise, UserId by, DateTime at)
    {
        if (IsClosedRefusal() is { } closed) return closed;
        if (!Enum.IsDefined(exercise))
            return Refusal.Invalid("exercise", "Sprints.UnknownExercise", "Choose an exercise of the agenda.");
        (CurrentExercise, ExerciseStartedAt, PausedAt, PausedFor) = (exercise, at, null, TimeSpan.Zero);
        if (Status == SprintStatus.Planned) Status = SprintStatus.Running;
        Changed(SprintChange.ExerciseStarted, exercise, by, at);
        return null;
    }

    /// <summary>The agenda's next exercise after the current one (the first when none has started).</summary>
    public Refusal? StartNext(UserId by, DateTime at)
    {
        var next = CurrentExercise is { } current ? DesignSprintAgenda.After(current) : DesignSprintAgenda.Steps[0];
        if (next is null) return Refusal.Rule("sprintId", "Sprints.AgendaDone", "The last exercise of the agenda is under way; there is no next one.");
        return StartExercise(next.Exercise, by, at);
    }

    public Refusal? Pause(UserId by, DateTime at)
    {
        if (RunningRefusal() is { } refusal) return refusal;
        if (PausedAt is not null) return Refusal.Rule("sprintId", "Sprints.AlreadyPaused", "The exercise is already paused.");
        PausedAt = at;
        Changed(SprintChange.ExercisePaused, CurrentExercise, by, at);
        return null;
    }

    public Refusal? Resume(UserId by, DateTime at)
    {
        if (RunningRefusal() is { } refusal) return refusal;
        if (PausedAt is not { } paused) return Refusal.Rule("sprintId", "Sprints.NotPaused", "The exercise is not paused.");
        // A clock set back (another instance's) must not make a pause count negative.
        PausedFor += at > paused ? at - paused : TimeSpan.Zero;
        PausedAt = null;
        Changed(SprintChange.ExerciseResumed, CurrentExercise, by, at);
        return null;
    }

    /// <summary>The current exercise's running time at the instant, pauses left out.</summary>
    public TimeSpan Elapsed(DateTime at) => ExerciseStartedAt is { } started
        ? TimeSpan.FromTicks(Math.Max(0, ((PausedAt ?? at) - started - PausedFor).Ticks))
        : TimeSpan.Zero;

    public Refusal? Reveal(VoteRound round, UserId by, DateTime at)
    {
        if (IsClosedRefusal() is { } closed) return closed;
        if (RevealedRounds.Contains(round)) return Refusal.Rule("round", "Sprints.AlreadyRevealed", "The round's votes are already revealed.");
        RevealedRounds = [.. RevealedRounds, round];
        Changed(SprintChange.VotesRevealed, VoteBudget.ExerciseOf(round), by, at);
        return null;
    }

    private Refusal? RunningRefusal()
    {
        if (IsClosedRefusal() is { } closed) return closed;
        return CurrentExercise is null
            ? Refusal.Rule("sprintId", "Sprints.NoExercise", "No exercise is under way; start one first.")
            : null;
    }
}
