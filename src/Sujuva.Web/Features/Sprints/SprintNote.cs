using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A participant's note in an exercise: a row of its own, so concurrent adds never conflict; its author or the
/// facilitator edits it or moves it into a theme with the version they saw (409 when stale).
/// </summary>
public sealed class SprintNote
{
    public const int MaxText = 1000;
    public const int MaxTheme = 200;

    public SprintNoteId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public SprintExercise Exercise { get; private set; }
    public SprintNoteKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The theme the note is grouped under ("How might we" notes are); null: not grouped.</summary>
    public string? Theme { get; private set; }
    public UserId AuthorId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ChangedAt { get; private set; }
    public int Version { get; private set; }

    private SprintNote() { }

    public static Outcome<SprintNote> Create(SprintId sprint, SprintExercise exercise, SprintNoteKind kind, string text, string? theme,
        UserId author, DateTime at)
    {
        if (Check(exercise, kind, text) is { } refusal) return refusal;
        return new SprintNote
        {
            Id = new(Guid.CreateVersion7(at)), SprintId = sprint, Exercise = exercise, Kind = kind, Text = text.Trim(),
            Theme = ThemeOf(theme), AuthorId = author, CreatedAt = at,
        };
    }

    public Refusal? Edit(string text, string? theme, DateTime at)
    {
        if (Check(Exercise, Kind, text) is { } refusal) return refusal;
        (Text, Theme, ChangedAt) = (text.Trim(), ThemeOf(theme), at);
        Version++;
        return null;
    }

    private static Refusal? Check(SprintExercise exercise, SprintNoteKind kind, string text)
    {
        if (!Enum.IsDefined(exercise)) return Refusal.Invalid("exercise", "Sprints.UnknownExercise", "Choose an exercise of the agenda.");
        if (!Enum.IsDefined(kind)) return Refusal.Invalid("kind", "Sprints.UnknownNoteKind", "Choose what kind of note it is.");
        return string.IsNullOrWhiteSpace(text) ? Refusal.Invalid("text", "Sprints.NoteEmpty", "Write the note.") : null;
    }

    private static string? ThemeOf(string? theme) => string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
}
