namespace Sujuva.Web.Features.Sprints;

/// <summary>A note in an exercise; Theme groups it (optional).</summary>
public sealed record AddNoteRequest(SprintExercise Exercise, SprintNoteKind Kind,
    [Platform.Input.Text(SprintNote.MaxText, Multiline = true)] string Text,
    [Platform.Input.Text(SprintNote.MaxTheme)] string? Theme = null);

/// <summary>A note's text and theme (empty: ungrouped), with the note's version the editor saw.</summary>
public sealed record EditNoteRequest([Platform.Input.Text(SprintNote.MaxText, Multiline = true)] string Text,
    [Platform.Input.Text(SprintNote.MaxTheme)] string? Theme, int Version);
