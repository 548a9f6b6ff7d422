namespace Sujuva.Web.Features.Sprints;

/// <summary>A sketch (day 1's solution sketches, crazy eights) or the prototype's file.</summary>
public enum SprintFileKind
{
    Sketch,
    Prototype,
}

/// <summary>
/// An uploaded sketch or prototype file, stored in the database with the sprint. ContentType is what its bytes are
/// (<see cref="SprintFileContent"/>), never what the uploader's name or header said.
/// </summary>
public sealed class SprintFile
{
    public SprintFileId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public SprintFileKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public int Size { get; private set; }
    public byte[] Bytes { get; private set; } = [];
    public UserId AuthorId { get; private set; }
    public DateTime UploadedAt { get; private set; }

    private SprintFile() { }

    public static SprintFile Of(SprintId sprint, SprintFileKind kind, string title, string contentType, byte[] bytes, UserId by, DateTime at) => new()
    {
        Id = new(Guid.CreateVersion7(at)), SprintId = sprint, Kind = kind, Title = title.Trim(), ContentType = contentType,
        Size = bytes.Length, Bytes = bytes, AuthorId = by, UploadedAt = at,
    };
}
