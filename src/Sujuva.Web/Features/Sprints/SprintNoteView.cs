using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A note as the exercise's wall shows it; MayEdit: the reader is its author or runs the sprint.</summary>
public sealed record SprintNoteView(Guid Id, SprintExercise Exercise, SprintNoteKind Kind, string Text, string? Theme, PersonView Author,
    DateTime CreatedAt, DateTime? ChangedAt, int Version, bool MayEdit);
