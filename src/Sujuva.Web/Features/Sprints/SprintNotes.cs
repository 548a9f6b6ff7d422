using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The notes of a sprint's exercises: the team adds them; a note's author or the facilitator (the Decider may stand
/// in) edits, regroups or deletes it with the note's version. Each change is a SprintChanged event naming the exercise,
/// recorded without touching the sprint's version, so notes added at once by several people all land.
/// </summary>
public static class SprintNotes
{
    public static async Task<Outcome<List<SprintNoteView>>> ListAsync(Guid sprintId, SprintExercise? exercise, SprintNoteKind? kind,
        SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var sprint = await SprintRows.ReadAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        var notes = await db.SprintNotes.AsNoTracking()
            .Where(n => n.SprintId == sprint.Id && (exercise == null || n.Exercise == exercise) && (kind == null || n.Kind == kind))
            .ToListAsync(ct);
        // Every author, also one who has since left the team: a note keeps its author's name.
        var authors = notes.Select(n => n.AuthorId.Value).Distinct().ToList();
        var people = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return notes.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id.Value).Select(n => View(n, sprint, user, people)).ToList();
    }

    public static async Task<Outcome<SprintNoteView>> AddAsync(Guid sprintId, AddNoteRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var sprint = await SprintRows.FindAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        var at = clock.GetUtcNow().UtcDateTime;
        var (note, refusal) = SprintNote.Create(sprint.Id, request.Exercise, request.Kind, request.Text, request.Theme, user.Id, at);
        if (refusal is not null) return refusal;
        db.SprintNotes.Add(note!);
        sprint.Touched(SprintChange.NoteAdded, note!.Exercise, user.Id, at);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ViewAsync(db, sprint, note, user, ct);
    }

    public static async Task<Outcome<SprintNoteView>> EditAsync(Guid sprintId, Guid noteId, EditNoteRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var (sprint, note, refusal) = await EditableAsync(sprintId, noteId, request.Version, db, user, ct);
        if (refusal is not null) return refusal;
        var at = clock.GetUtcNow().UtcDateTime;
        if (note!.Edit(request.Text, request.Theme, at) is { } bad) return bad;
        sprint!.Touched(SprintChange.NoteChanged, note.Exercise, user.Id, at);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ViewAsync(db, sprint, note, user, ct);
    }

    /// <summary>Deletes the note and the dots put on it.</summary>
    public static async Task<Refusal?> DeleteAsync(Guid sprintId, Guid noteId, int version, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (sprint, note, refusal) = await EditableAsync(sprintId, noteId, version, db, user, ct);
        if (refusal is not null) return refusal;
        db.SprintNotes.Remove(note!);
        db.SprintVotes.RemoveRange(await db.SprintVotes
            .Where(v => v.SprintId == sprint!.Id && v.TargetKind == VoteTargetKind.Note && v.TargetId == noteId).ToListAsync(ct));
        sprint!.Touched(SprintChange.NoteChanged, note!.Exercise, user.Id, clock.GetUtcNow().UtcDateTime);
        return await db.TrySaveAsync(ct);
    }

    public static bool MayEdit(CurrentUser user, Sprint sprint, SprintNote note)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(note);
        return SprintAccess.MayWorkIn(user, sprint) && (note.AuthorId == user.Id || SprintAccess.MayRun(user, sprint));
    }

    private static async Task<(Sprint? Sprint, SprintNote? Note, Refusal? Refusal)> EditableAsync(Guid sprintId, Guid noteId, int version,
        SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var sprint = await SprintRows.FindAsync(db, sprintId, ct);
        if (sprint is null) return (null, null, Refusal.NotFound("sprintId"));
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return (null, null, forbidden);
        var note = await db.SprintNotes.SingleOrDefaultAsync(n => n.Id == new SprintNoteId(noteId) && n.SprintId == sprint.Id, ct);
        if (note is null) return (null, null, Refusal.NotFound("noteId"));
        if (!MayEdit(user, sprint, note))
            return (null, null, Refusal.Forbidden("noteId", "Sprints.MayNotEditNote", "A note is edited by its author or the facilitator."));
        if (sprint.IsClosedRefusal() is { } closed) return (null, null, closed);
        if (note.Version != version) return (null, null, Refusal.EditConflict());
        return (sprint, note, null);
    }

    private static async Task<SprintNoteView> ViewAsync(SujuvaDb db, Sprint sprint, SprintNote note, CurrentUser user, CancellationToken ct)
    {
        var name = await db.Users.Where(u => u.Id == note.AuthorId.Value).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return View(note, sprint, user, new Dictionary<Guid, string> { [note.AuthorId.Value] = name ?? "?" });
    }

    private static SprintNoteView View(SprintNote n, Sprint sprint, CurrentUser user, Dictionary<Guid, string> people) =>
        new(n.Id.Value, n.Exercise, n.Kind, n.Text, n.Theme, new PersonView(n.AuthorId.Value, people.GetValueOrDefault(n.AuthorId.Value, "?")),
            n.CreatedAt, n.ChangedAt, n.Version, MayEdit(user, sprint, n));
}
