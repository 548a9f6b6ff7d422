namespace Sujuva.Web.Features.Sprints;

/// <summary>Starts an exercise of the agenda, with the sprint's version the facilitator saw.</summary>
public sealed record StartExerciseRequest(SprintExercise Exercise, int Version);

/// <summary>Pause, resume, next or reveal: the sprint's version the facilitator saw.</summary>
public sealed record SprintVersionRequest(int Version);

/// <summary>A note in an exercise; Theme groups it (optional).</summary>
public sealed record AddNoteRequest(SprintExercise Exercise, SprintNoteKind Kind,
    [Platform.Input.Text(SprintNote.MaxText, Multiline = true)] string Text,
    [Platform.Input.Text(SprintNote.MaxTheme)] string? Theme = null);

/// <summary>A note's text and theme (empty: ungrouped), with the note's version the editor saw.</summary>
public sealed record EditNoteRequest([Platform.Input.Text(SprintNote.MaxText, Multiline = true)] string Text,
    [Platform.Input.Text(SprintNote.MaxTheme)] string? Theme, int Version);

/// <summary>Dots on one target in a round.</summary>
public sealed record CastVoteRequest(VoteRound Round, VoteTargetKind TargetKind, Guid TargetId, int Dots = 1);
