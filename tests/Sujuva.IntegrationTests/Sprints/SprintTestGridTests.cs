using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// The test grid: staff fill cells one by one (different cells never conflict; a stale cell is 409) and the tally per
/// question counts them; an interviewee answers once through a single-use link (the second use 409), and the answers
/// appear as that interview's cells, marked as the customer's own, and in the summary per question.
/// </summary>
public sealed class SprintTestGridTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Grid_TalliesCells_CustomerLinkAnswersOnce_IntoGridAndSummary(string provider)
    {
        var team = await ArtefactTeam.StartAsync(provider);
        await using var app = team.App;
        var content = await team.QuestionsAsync(team.Participant, "Luottaako asiakas etätapaamiseen?", "Löytääkö asiakas ajan itse?");
        var (trust, time) = (content.GetProperty("questions")[0].GetProperty("id").GetGuid(), content.GetProperty("questions")[1].GetProperty("id").GetGuid());
        var grid = $"/api/sprints/{team.SprintId}/test-grid";
        var before = await Given.LastEventIdAsync(team.Decider);

        // Two staff members fill different cells of interview 1 at once; then interview 2 and a stale overwrite.
        var both = await Task.WhenAll(
            team.Participant.PutAsJsonAsync($"{grid}/1/{trust}", new { verdict = "Positive", notes = "Etä sopii" }, Ct),
            team.Facilitator.PutAsJsonAsync($"{grid}/1/{time}", new { verdict = "Negative", notes = "Ei löytänyt kalenteria" }, Ct));
        var cell = await SprintGiven.OkAsync(await team.Decider.PutAsJsonAsync($"{grid}/2/{trust}", new { verdict = "Neutral" }, Ct));
        var changed = await SprintGiven.OkAsync(await team.Participant.PutAsJsonAsync($"{grid}/2/{trust}",
            new { verdict = "Positive", version = cell.GetProperty("version").GetInt32() }, Ct));
        var stale = await team.Facilitator.PutAsJsonAsync($"{grid}/2/{trust}", new { verdict = "Negative", version = cell.GetProperty("version").GetInt32() }, Ct);
        var sixth = await team.Participant.PutAsJsonAsync($"{grid}/6/{trust}", new { verdict = "Positive" }, Ct);
        var byOutsider = await team.Outsider.PutAsJsonAsync($"{grid}/3/{trust}", new { verdict = "Positive" }, Ct);
        var linkForFilled = await team.Participant.PostAsJsonAsync($"/api/sprints/{team.SprintId}/test-links", new { interview = 1 }, Ct);

        // Interview 3 answers through the customer's own link.
        var link = await SprintGiven.OkAsync(await team.Participant.PostAsJsonAsync($"/api/sprints/{team.SprintId}/test-links", new { interview = 3 }, Ct));
        var url = link.GetProperty("url").GetString()!;
        var token = url[(url.LastIndexOf('/') + 1)..];
        var customer = team.App.Anonymous();
        var shown = await SprintGiven.OkAsync(await customer.GetAsync($"/api/sprint-tests/{token}", Ct));
        var answered = await customer.PostAsJsonAsync($"/api/sprint-tests/{token}", new
        {
            answers = new[] { new { questionId = trust, verdict = "Positive", notes = "Helppo liittyä" }, new { questionId = time, verdict = "Neutral", notes = "" } },
        }, Ct);
        var again = await customer.PostAsJsonAsync($"/api/sprint-tests/{token}", new
        {
            answers = new[] { new { questionId = trust, verdict = "Negative", notes = "Toinen kerta" } },
        }, Ct);
        var staffOnCustomers = await team.Participant.PutAsJsonAsync($"{grid}/3/{trust}", new { verdict = "Negative" }, Ct);
        var read = await SprintGiven.OkAsync(await team.Outsider.GetAsync(grid, Ct));
        var events = await Given.EventsAfterAsync(team.Decider, before);

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(("Positive", 1), (changed.GetProperty("verdict").GetString(), changed.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("interview", (await Given.ProblemAsync(sixth)).Errors.Keys.Single());
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal("Sprints.InterviewHasAnswers", (await Given.ProblemAsync(linkForFilled)).Code);
        Assert.Equal(("Open", 3, 2), (shown.GetProperty("status").GetString(), shown.GetProperty("interview").GetInt32(),
            shown.GetProperty("questions").GetArrayLength()));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Sprints.InterviewByCustomer", (await Given.ProblemAsync(staffOnCustomers)).Code);

        // Tally: trust positive in 1, 2 (changed) and 3 (customer); time negative in 1, neutral in 3.
        Assert.Equal([(trust, 3, 0, 0), (time, 0, 1, 1)], read.GetProperty("tally").EnumerateArray().Select(Tally));
        var third = read.GetProperty("interviews")[2];
        Assert.Equal("Answered", third.GetProperty("linkState").GetString());
        Assert.All(third.GetProperty("cells").EnumerateArray(), c => Assert.True(c.GetProperty("byCustomer").GetBoolean()));
        Assert.Equal(2, third.GetProperty("cells").GetArrayLength());
        Assert.False(read.GetProperty("interviews")[0].GetProperty("cells")[0].GetProperty("byCustomer").GetBoolean());
        var summary = read.GetProperty("customerFeedback");
        Assert.Equal((trust, 1, 1, "Helppo liittyä"), (summary[0].GetProperty("questionId").GetGuid(), summary[0].GetProperty("answers").GetInt32(),
            summary[0].GetProperty("positive").GetInt32(), summary[0].GetProperty("notes")[0].GetString()));
        Assert.Equal((1, 1, 0), (summary[1].GetProperty("answers").GetInt32(), summary[1].GetProperty("neutral").GetInt32(),
            summary[1].GetProperty("notes").GetArrayLength()));
        Assert.False(read.GetProperty("mayWork").GetBoolean());
        // Four staff answers and the customer's: one event each, and none for the refused.
        Assert.Equal(5, events.Events.Count(e => e.Type == "SprintChanged"));
    }

    private static (Guid, int, int, int) Tally(JsonElement t) => (t.GetProperty("questionId").GetGuid(), t.GetProperty("positive").GetInt32(),
        t.GetProperty("negative").GetInt32(), t.GetProperty("neutral").GetInt32());
}
