using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Security;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A sprint's artefacts under /api/sprints/{sprintId}: its content, the map from the live value stream, sketches and the
/// prototype's file, the test grid and the customers' links. Every signed-in member reads them; those who work in the
/// sprint change them (SprintAccess.CanWorkIn).
/// </summary>
public static class SprintArtefactsApi
{
    /// <summary>What a stored file may do in a browser: nothing. It is shown as an image or saved, never run.</summary>
    public const string FilePolicy = "default-src 'none'; sandbox";

    public static void MapSprintArtefactsApi(this RouteGroupBuilder sprints)
    {
        ArgumentNullException.ThrowIfNull(sprints);
        sprints.MapGet("/{sprintId}/content", GetContentAsync);
        sprints.MapPut("/{sprintId}/content", EditContentAsync);
        sprints.MapGet("/{sprintId}/map/live", LiveMapAsync);
        sprints.MapGet("/{sprintId}/files", ListFilesAsync);
        sprints.MapPost("/{sprintId}/files", UploadAsync);
        sprints.MapGet("/{sprintId}/files/{fileId}", FileAsync);
        sprints.MapGet("/{sprintId}/test-grid", TestGridAsync);
        sprints.MapPut("/{sprintId}/test-grid/{interview}/{questionId}", AnswerAsync);
        sprints.MapPost("/{sprintId}/test-links", ShowLinkAsync);
    }

    public static async Task<Results<Ok<SprintContentView>, ProblemHttpResult>> GetContentAsync(
        Guid sprintId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await SprintContentWork.GetAsync(sprintId, db, user, ct));

    public static async Task<Results<Ok<SprintContentView>, ProblemHttpResult>> EditContentAsync(
        Guid sprintId, SprintContentRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await SprintContentWork.EditAsync(sprintId, request, db, user, clock, ct));

    /// <summary>The sprint's services' stages in board order with the flow dashboard's figures over from–to (local days; default the last 30).</summary>
    public static async Task<Results<Ok<SprintLiveMapView>, ProblemHttpResult>> LiveMapAsync(
        Guid sprintId, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await SprintLiveMap.ProposeAsync(sprintId, from, to, db, cache, user, clock, ct));

    public static async Task<Results<Ok<List<SprintFileView>>, ProblemHttpResult>> ListFilesAsync(
        Guid sprintId, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await SprintFiles.ListAsync(sprintId, db, ct));

    /// <summary>
    /// The request body is the file's bytes, whatever its Content-Type says: the type is read from the bytes. A sketch is a
    /// PNG, JPEG, GIF or WebP image; the prototype's file also a PDF. Over Sprints:MaxFileBytes (default 5 MB): 413 naming
    /// file; not an allowed type (SVG included): 400 naming file.
    /// </summary>
    public static async Task<Results<Created<SprintFileView>, ProblemHttpResult>> UploadAsync(
        Guid sprintId, SprintFileKind? kind, string? title, HttpRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        IOptions<SprintFileOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return Problems.CreatedOr(await SprintFiles.UploadAsync(sprintId, kind ?? SprintFileKind.Sketch, title, request.Body, request.ContentLength,
            db, user, clock, options.Value, ct), f => f.Url);
    }

    /// <summary>
    /// The stored bytes with the type they are, under headers that keep any script in them from running: no sniffing, a
    /// sandbox without any source, images shown inline and PDFs saved.
    /// </summary>
    public static async Task<IResult> FileAsync(Guid sprintId, Guid fileId, HttpResponse response, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var (file, refusal) = await SprintFiles.ReadAsync(sprintId, fileId, db, ct);
        if (refusal is not null) return Problems.From(refusal);
        var pdf = file!.ContentType == SprintFileContent.Pdf;
        var disposition = new ContentDispositionHeaderValue(pdf ? "attachment" : "inline");
        disposition.SetHttpFileName(file.Title + "." + file.ContentType[(file.ContentType.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        SecurityHeaders.UseStricterPolicy(response.HttpContext, FilePolicy);
        return TypedResults.Bytes(file.Bytes, file.ContentType);
    }

    public static async Task<Results<Ok<SprintTestGridView>, ProblemHttpResult>> TestGridAsync(
        Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken ct) =>
        Problems.OkOr(await SprintTestGrid.ReadAsync(sprintId, db, user, clock, options.Value.LinkLifetime, ct));

    public static async Task<Results<Ok<SprintTestCell>, ProblemHttpResult>> AnswerAsync(
        Guid sprintId, int interview, Guid questionId, SprintTestAnswerRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await SprintTestGrid.AnswerAsync(sprintId, interview, questionId, request, db, user, clock, ct));

    public static async Task<Results<Ok<ShownSprintTestLink>, ProblemHttpResult>> ShowLinkAsync(
        Guid sprintId, SprintTestLinkRequest request, HttpRequest http, SujuvaDb db, CurrentUser user, TimeProvider clock,
        IOptions<FeedbackOptions> options, CancellationToken ct) =>
        Problems.OkOr(await SprintTestLinks.ShowAsync(sprintId, request, BaseUrl.Of(http), db, user, clock, options.Value.LinkLifetime, ct));
}
