namespace Sujuva.Web.Features.Sprints;

/// <summary>What a <c>SprintChanged</c> event says happened; artefact changes name their exercise.</summary>
public enum SprintChange
{
    Edited,
    ExerciseStarted,
    ExercisePaused,
    ExerciseResumed,
    NoteAdded,
    NoteChanged,
    Voted,
    VotesRevealed,
    ContentChanged,
    SketchAdded,
    TestAnswered,
    Decided,
    Closed,
}
