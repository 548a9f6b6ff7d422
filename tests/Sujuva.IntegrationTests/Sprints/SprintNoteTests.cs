using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Notes: the team adds them, others 403; the author or the facilitator edits and themes a note with its own version
/// (409 when stale), another participant 403; deleting takes its dots with it; each change is an event naming the
/// exercise, and none bumps the sprint's version.
/// </summary>
public sealed class SprintNoteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Notes_TeamAdds_AuthorOrFacilitatorEditsWithVersion_EventsLeaveTheSprintVersion(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: SprintTeam.Settings);
        var team = await SprintTeam.StartAsync(app);
        var version = await team.VersionAsync();
        var before = await Given.LastEventIdAsync(team.Decider);

        var hmw = await team.NoteAsync(team.Coach, "  Miten voisimme lyhentää jonoa?  ");
        var expert = await team.NoteAsync(team.Instructor, "Asiakkaat odottavat ensikäyntiä kolme viikkoa", "ExpertInterview");
        var demo = await team.NoteAsync(team.Decider, "Kelan ajanvaraus", "LightningDemo", "LightningDemos");
        var byOutsider = await team.Outsider.PostAsJsonAsync(team.Url("/notes"), new { exercise = "ExpertInterviews", kind = "HowMightWe", text = "X" }, Ct);
        var empty = await team.Coach.PostAsJsonAsync(team.Url("/notes"), new { exercise = "ExpertInterviews", kind = "HowMightWe", text = " " }, Ct);
        var noteId = hmw.GetProperty("id").GetGuid();
        var themed = await SprintGiven.OkAsync(await team.Facilitator.PutAsJsonAsync(team.Url($"/notes/{noteId}"),
            new { text = hmw.GetProperty("text").GetString(), theme = "Jonot", version = hmw.GetProperty("version").GetInt32() }, Ct));
        var stale = await team.Coach.PutAsJsonAsync(team.Url($"/notes/{noteId}"),
            new { text = "Vanha", theme = (string?)null, version = hmw.GetProperty("version").GetInt32() }, Ct);
        var byOther = await team.Instructor.PutAsJsonAsync(team.Url($"/notes/{noteId}"),
            new { text = "Toisen", theme = "Jonot", version = themed.GetProperty("version").GetInt32() }, Ct);
        var byAuthor = await SprintGiven.OkAsync(await team.Coach.PutAsJsonAsync(team.Url($"/notes/{noteId}"),
            new { text = "Miten voisimme lyhentää ensikäynnin jonoa?", theme = "Jonot", version = themed.GetProperty("version").GetInt32() }, Ct));
        var vote = await team.VoteAsync(team.Instructor, "HowMightWe", noteId);
        var expertId = expert.GetProperty("id").GetGuid();
        var deleted = await team.Instructor.PostAsJsonAsync(team.Url($"/notes/{expertId}/delete"), new { version = expert.GetProperty("version").GetInt32() }, Ct);
        var deleteHmw = await team.Facilitator.PostAsJsonAsync(team.Url($"/notes/{noteId}/delete"), new { version = byAuthor.GetProperty("version").GetInt32() }, Ct);
        var roundAfter = await team.RoundAsync(team.Instructor, "HowMightWe");
        var listed = await SprintGiven.OkAsync(await team.Outsider.GetAsync(team.Url("/notes?exercise=LightningDemos"), Ct));
        var events = (await Given.EventsAfterAsync(team.Decider, before)).Events.Where(e => e.Type == "SprintChanged").ToList();

        Assert.Equal(("Miten voisimme lyhentää jonoa?", team.CoachId), (hmw.GetProperty("text").GetString(), hmw.GetProperty("author").GetProperty("id").GetGuid()));
        Assert.True(hmw.GetProperty("mayEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal("text", (await Given.ProblemAsync(empty)).Errors.Keys.Single());
        Assert.Equal(("Jonot", 1), (themed.GetProperty("theme").GetString(), themed.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Sprints.MayNotEditNote", (await Given.ProblemAsync(byOther)).Code);
        Assert.Equal(("Miten voisimme lyhentää ensikäynnin jonoa?", "Jonot", 2),
            (byAuthor.GetProperty("text").GetString(), byAuthor.GetProperty("theme").GetString(), byAuthor.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleteHmw.StatusCode);
        Assert.Equal((0, 0), (roundAfter.GetProperty("dotsUsed").GetInt32(), roundAfter.GetProperty("voters").GetInt32()));
        Assert.Equal([demo.GetProperty("id").GetGuid()], listed.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        Assert.False(listed[0].GetProperty("mayEdit").GetBoolean());
        Assert.Equal(version, await team.VersionAsync());
        Assert.Equal(["NoteAdded", "NoteAdded", "NoteAdded", "NoteChanged", "NoteChanged", "Voted", "NoteChanged", "NoteChanged"],
            events.Select(e => e.Payload.GetProperty("change").GetString()));
        Assert.Equal(["ExpertInterviews", "ExpertInterviews", "LightningDemos"],
            events.Take(3).Select(e => e.Payload.GetProperty("exercise").GetString()));
    }
}
