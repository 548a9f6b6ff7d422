using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Sketches and the prototype's file: uploaded by those who work in the sprint, kept in the database, read by every
/// signed-in member of the network (as the sprint is). A file is stored only when its bytes are an allowed type
/// (<see cref="SprintFileContent"/>) and within <see cref="SprintFileOptions.MaxFileBytes"/>.
/// </summary>
public static class SprintFiles
{
    /// <param name="content">The file's bytes; at most the limit and one byte more are read from it.</param>
    /// <param name="declaredLength">The length the sender declared, when known: a larger one is refused before reading.</param>
    public static async Task<Outcome<SprintFileView>> UploadAsync(Guid sprintId, SprintFileKind kind, string? title, Stream content,
        long? declaredLength, SujuvaDb db, CurrentUser user, TimeProvider clock, SprintFileOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        if (declaredLength > options.MaxFileBytes) return TooLarge(options);
        var bytes = await ReadAtMostAsync(content, options.MaxFileBytes + 1, ct);
        if (bytes.Length > options.MaxFileBytes) return TooLarge(options);
        if (bytes.Length == 0) return Refusal.Invalid("file", "Sprints.FileMissing", "Choose a file to upload.");
        if (SprintFileContent.Sniff(bytes, kind) is not { } type)
            return Refusal.Invalid("file", kind == SprintFileKind.Sketch ? "Sprints.NotAnImage" : "Sprints.NotAnImageOrPdf",
                kind == SprintFileKind.Sketch ? "A sketch is a PNG, JPEG, GIF or WebP image." : "The prototype's file is a PNG, JPEG, GIF or WebP image or a PDF.");
        var at = clock.GetUtcNow().UtcDateTime;
        var file = SprintFile.Of(sprint.Id, kind, string.IsNullOrWhiteSpace(title) ? kind.ToString() : title, type, bytes, user.Id, at);
        db.Add(file);
        sprint.Touched(SprintChange.SketchAdded, kind == SprintFileKind.Sketch ? SprintExercise.SolutionSketch : SprintExercise.Prototype, user.Id, at);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return View(file, await db.Users.Where(u => u.Id == user.Id.Value).Select(u => u.DisplayName).SingleAsync(ct));
    }

    /// <summary>The sprint's files, newest first, without their bytes.</summary>
    public static async Task<Outcome<List<SprintFileView>>> ListAsync(Guid sprintId, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = new SprintId(sprintId);
        if (!await db.Sprints.AnyAsync(s => s.Id == id, ct)) return Refusal.NotFound("sprintId");
        var files = await db.Set<SprintFile>().AsNoTracking().Where(f => f.SprintId == id)
            .Select(f => new { f.Id, f.Kind, f.Title, f.ContentType, f.Size, f.AuthorId, f.UploadedAt }).ToListAsync(ct);
        var authors = files.Select(f => f.AuthorId.Value).Distinct().ToList();
        var names = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return files.OrderByDescending(f => f.UploadedAt).Select(f => new SprintFileView(f.Id.Value, f.Kind, f.Title, f.ContentType, f.Size,
            new PersonView(f.AuthorId.Value, names.GetValueOrDefault(f.AuthorId.Value, "?")), f.UploadedAt, UrlOf(sprintId, f.Id.Value))).ToList();
    }

    /// <summary>One file with its bytes.</summary>
    public static async Task<Outcome<SprintFile>> ReadAsync(Guid sprintId, Guid fileId, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var file = await db.Set<SprintFile>().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == new SprintFileId(fileId) && f.SprintId == new SprintId(sprintId), ct);
        return file is null ? Refusal.NotFound("fileId") : file;
    }

    public static string UrlOf(Guid sprintId, Guid fileId) => $"/api/sprints/{sprintId}/files/{fileId}";

    private static SprintFileView View(SprintFile f, string author) => new(f.Id.Value, f.Kind, f.Title, f.ContentType, f.Size,
        new PersonView(f.AuthorId.Value, author), f.UploadedAt, UrlOf(f.SprintId.Value, f.Id.Value));

    private static Refusal TooLarge(SprintFileOptions options) => new Refusal(RefusalKind.TooLarge, "file", "Sprints.FileTooLarge",
        $"A file is at most {options.MaxFileBytes / (1024 * 1024.0):0.#} MB.");

    private static async Task<byte[]> ReadAtMostAsync(Stream content, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
