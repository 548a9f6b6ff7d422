namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The facilitator view's timer: the current exercise (null before the first starts), the agenda's next step (null
/// after the last) and the server's instant At, from which a page counts down without asking again.
/// </summary>
public sealed record SprintRunView(Guid SprintId, SprintStatus Status, int Version, ExerciseRunView? Current, AgendaStep? Next,
    DateTime At, bool MayRun);

/// <summary>
/// The exercise under way: its agenda step (day, half, planned minutes), when it started, the running time so far
/// with pauses left out, and what is left of the planned time (negative: overtime).
/// </summary>
public sealed record ExerciseRunView(AgendaStep Step, DateTime StartedAt, int PlannedMinutes, int ElapsedSeconds, int RemainingSeconds,
    bool Paused);
