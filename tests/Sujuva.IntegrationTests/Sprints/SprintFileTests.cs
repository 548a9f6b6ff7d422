using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Sketches and the prototype's file: their type is read from their bytes, not from the name or the declared type
/// (a PNG named .txt is stored, a script named .png and an SVG are refused, naming file), a file over the limit is
/// 413 naming file, and a stored file is served as what it is under headers that let nothing in it run.
/// </summary>
public sealed class SprintFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Upload_TypedByContentNotName_SizeLimited_ServedWithoutScript(string provider)
    {
        var team = await ArtefactTeam.StartAsync(provider, new Dictionary<string, string> { ["Sprints:MaxFileBytes"] = "4096" });
        await using var app = team.App;
        var files = $"/api/sprints/{team.SprintId}/files";

        var png = await SprintGiven.OkAsync(await team.Participant.SendAsync(Upload($"{files}?title=Luonnos.txt", Png, "text/plain"), Ct),
            HttpStatusCode.Created);
        var script = await team.Participant.SendAsync(Upload($"{files}?title=sketch.png",
            Encoding.UTF8.GetBytes("<script>alert(document.cookie)</script>"), "image/png"), Ct);
        var svg = await team.Participant.SendAsync(Upload($"{files}?title=sketch.svg",
            Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/svg+xml"), Ct);
        var tooLarge = await team.Participant.SendAsync(Upload(files, [.. Png, .. new byte[4096]], "image/png"), Ct);
        var pdfSketch = await team.Participant.SendAsync(Upload(files, Encoding.ASCII.GetBytes("%PDF-1.7\n%\n"), "application/pdf"), Ct);
        var pdf = await SprintGiven.OkAsync(await team.Participant.SendAsync(Upload($"{files}?kind=Prototype&title=Prototyyppi",
            Encoding.ASCII.GetBytes("%PDF-1.7\n%\n"), "application/octet-stream"), Ct), HttpStatusCode.Created);
        var byOutsider = await team.Outsider.SendAsync(Upload(files, Png, "image/png"), Ct);

        var served = await team.Outsider.GetAsync(png.GetProperty("url").GetString(), Ct);
        var servedPdf = await team.Decider.GetAsync(pdf.GetProperty("url").GetString(), Ct);
        var anonymous = await team.App.Anonymous().GetAsync(png.GetProperty("url").GetString(), Ct);
        var listed = await SprintGiven.OkAsync(await team.Outsider.GetAsync(files, Ct));

        Assert.Equal(("image/png", Png.Length, "Luonnos.txt", "Sketch"), (png.GetProperty("contentType").GetString(),
            png.GetProperty("size").GetInt32(), png.GetProperty("title").GetString(), png.GetProperty("kind").GetString()));
        Assert.Equal(("file", "Sprints.NotAnImage"), Named(await Given.ProblemAsync(script)));
        Assert.Equal(("file", "Sprints.NotAnImage"), Named(await Given.ProblemAsync(svg)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(("file", "Sprints.FileTooLarge"), Named(await Given.ProblemAsync(tooLarge)));
        Assert.Equal(("file", "Sprints.NotAnImage"), Named(await Given.ProblemAsync(pdfSketch)));
        Assert.Equal("application/pdf", pdf.GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; sandbox", served.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("inline", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(("application/pdf", "attachment"), (servedPdf.Content.Headers.ContentType?.MediaType,
            servedPdf.Content.Headers.ContentDisposition?.DispositionType));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(2, listed.GetArrayLength());
    }

    private static HttpRequestMessage Upload(string url, byte[] bytes, string declaredType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static (string Field, string Code) Named(ProblemDto problem) => (problem.Errors.Keys.Single(), problem.Code);
}
