using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Features.EventLog;

// The design sprints' events (METRICS.md §9). Notes, sketches and interview answers are free text or files and stay
// in the app; the log shares what happened in which sprint, so live views follow it and a decision can be traced.

/// <param name="SprintId">The new sprint.</param>
/// <param name="Mode">InPerson, Remote or HalfDays.</param>
public sealed record SprintCreated([property: Shared] Guid SprintId, [property: Shared] SprintMode Mode) : IEventPayload;

/// <param name="SprintId">The sprint changed.</param>
/// <param name="Change">What happened (SprintChange).</param>
/// <param name="Exercise">The agenda exercise the change belongs to; absent for the sprint's own fields.</param>
/// <param name="Status">The sprint's status after the change.</param>
public sealed record SprintChanged(
    [property: Shared] Guid SprintId, [property: Shared] SprintChange Change,
    [property: Shared, System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] SprintExercise? Exercise,
    [property: Shared] SprintStatus Status) : IEventPayload;
