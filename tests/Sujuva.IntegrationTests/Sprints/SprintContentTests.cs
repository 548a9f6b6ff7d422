using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// A sprint's content: edited by those who work in it with the version they saw (409 when stale); the storyboard's
/// 5–15 steps, the prototype's web address and the map's stages named by field; only the Decider chooses questions,
/// whose ids stay from edit to edit; every edit an event.
/// </summary>
public sealed class SprintContentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Content_EditedWithVersion_BoundsNamedByField_DeciderChooses(string provider)
    {
        var team = await ArtefactTeam.StartAsync(provider);
        await using var app = team.App;
        var url = $"/api/sprints/{team.SprintId}/content";
        var before = await Given.LastEventIdAsync(team.Decider);
        var stage = team.Service.Stages.OrderBy(s => s.Position).First();
        var first = await team.ContentAsync();
        var storyboard = Enumerable.Range(1, 5).Select(i => $"Kohtaus {i}").ToArray();

        var edited = await SprintGiven.OkAsync(await team.Participant.PutAsJsonAsync(url, new
        {
            version = first.GetProperty("version").GetInt32(), longTermGoal = "Kahden vuoden päästä kukaan ei jonota valmennukseen.",
            questions = new[] { new { text = "Luottaako asiakas etätapaamiseen?" }, new { text = "Löytääkö asiakas ajan itse?" } },
            targetMoment = "Ensimmäinen tapaaminen", mapActors = new[] { "Asiakas", "Valmentaja" },
            mapSteps = new object[] { new { text = "Ilmoittautuu", actor = "Asiakas" }, new { text = stage.Name, actor = "Valmentaja", stageId = stage.Id } },
            storyboard, interviewScript = "Kerro, miten löysit palvelun.", prototypeUrl = "https://www.pudasjarvi.fi/valmennus",
        }, Ct));
        var version = edited.GetProperty("version").GetInt32();
        var questions = edited.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToArray();
        var stale = await team.Facilitator.PutAsJsonAsync(url, new { version = first.GetProperty("version").GetInt32(), longTermGoal = "Vanha" }, Ct);
        var byOutsider = await team.Outsider.PutAsJsonAsync(url, new { version, longTermGoal = "Ulkopuolinen" }, Ct);
        var fourFrames = await team.Participant.PutAsJsonAsync(url, new { version, storyboard = storyboard[..4] }, Ct);
        var sixteenFrames = await team.Participant.PutAsJsonAsync(url, new { version, storyboard = Enumerable.Repeat("Kohtaus", 16).ToArray() }, Ct);
        var script = await team.Participant.PutAsJsonAsync(url, new { version, prototypeUrl = "javascript:alert(1)" }, Ct);
        var otherStage = await team.Participant.PutAsJsonAsync(url, new { version, mapSteps = new[] { new { text = "X", stageId = Guid.NewGuid() } } }, Ct);
        var participantChooses = await team.Participant.PutAsJsonAsync(url, new
        {
            version, questions = new[] { new { id = questions[0], text = "Luottaako asiakas etätapaamiseen?", chosenByDecider = true } },
        }, Ct);
        var chosen = await SprintGiven.OkAsync(await team.Decider.PutAsJsonAsync(url, new
        {
            version, longTermGoal = "Kahden vuoden päästä kukaan ei jonota valmennukseen.", storyboard,
            questions = new object[] { new { id = questions[1], text = "Löytääkö asiakas ajan itse?", chosenByDecider = true }, new { text = "Uusi kysymys" } },
        }, Ct));
        var events = await Given.EventsAfterAsync(team.Decider, before);

        Assert.Equal(("Kahden vuoden päästä kukaan ei jonota valmennukseen.", 2, 5), (edited.GetProperty("longTermGoal").GetString(),
            edited.GetProperty("mapSteps").GetArrayLength(), edited.GetProperty("storyboard").GetArrayLength()));
        var tied = edited.GetProperty("mapSteps")[1];
        Assert.Equal((stage.Id, stage.Name, team.Service.Id), (tied.GetProperty("stageId").GetGuid(), tied.GetProperty("stageName").GetString(),
            tied.GetProperty("serviceId").GetGuid()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(("storyboard", "Sprints.StoryboardLength"), Named(await Given.ProblemAsync(fourFrames)));
        Assert.Equal(("storyboard", "Sprints.StoryboardLength"), Named(await Given.ProblemAsync(sixteenFrames)));
        Assert.Equal(("prototypeUrl", "Sprints.PrototypeUrlNotWeb"), Named(await Given.ProblemAsync(script)));
        Assert.Equal(("mapSteps[0].stageId", "Sprints.UnknownStage"), Named(await Given.ProblemAsync(otherStage)));
        Assert.Equal(HttpStatusCode.Forbidden, participantChooses.StatusCode);
        Assert.Equal(("questions[0].chosenByDecider", "Sprints.OnlyDeciderChooses"), Named(await Given.ProblemAsync(participantChooses)));
        // The kept question keeps its id and takes the Decider's choice; the new one gets an id of its own.
        var kept = chosen.GetProperty("questions");
        Assert.Equal((questions[1], true), (kept[0].GetProperty("id").GetGuid(), kept[0].GetProperty("chosenByDecider").GetBoolean()));
        Assert.DoesNotContain(kept[1].GetProperty("id").GetGuid(), questions);
        Assert.Equal(version + 1, chosen.GetProperty("version").GetInt32());
        Assert.Equal(2, events.Events.Count(e => e.Type == "SprintChanged"));
    }

    private static (string Field, string Code) Named(ProblemDto problem) => (problem.Errors.Keys.Single(), problem.Code);
}
