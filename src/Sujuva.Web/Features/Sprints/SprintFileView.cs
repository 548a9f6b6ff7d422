using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A sketch or prototype file as the sprint's pages list it; Url serves its bytes (an img src for images).</summary>
public sealed record SprintFileView(Guid Id, SprintFileKind Kind, string Title, string ContentType, int Size, PersonView Author,
    DateTime UploadedAt, string Url);
