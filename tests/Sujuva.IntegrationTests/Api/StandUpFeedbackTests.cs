using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.Analytics.Simulation;
using Sujuva.IntegrationTests.Feedback;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

/// <summary>
/// The stand-up's client feedback (answers, mean rating and comments since the start of the last working day,
/// and the latest rating) and the rule that a team without a board is offered no stand-up.
/// </summary>
public sealed class StandUpFeedbackTests
{
    private const string EmploymentTeam = "Työllisyystiimi";
    private const string OutreachTeam = "Etsivä tiimi";
    private const string Hostile = "<b>Kiitos</b> <script>alert(1)</script>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUp_Feedback_CountsMeanAndCommentsSinceTheStartOfTheLastWorkingDay(string provider)
    {
        // The clock starts on Monday 2 March 2026, 09:00 UTC (11:00 in Helsinki).
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++) cases.Add((await FeedbackGiven.ClosedCaseLinkAsync(coach)).Case.Id);
        // Monday: before Tuesday, the last working day seen from Wednesday, so left out.
        await AnswerAsync(app, coach, cases[0], new { rating = 2 });
        app.Clock.Advance(TimeSpan.FromHours(25));
        await AnswerAsync(app, await app.SignInAsync(FixtureNetwork.Coach), cases[1], new { rating = 4, comment = Hostile });
        app.Clock.Advance(TimeSpan.FromHours(23));
        await AnswerAsync(app, await app.SignInAsync(FixtureNetwork.Coach), cases[2], new { rating = 5, comment = "Kiitos avusta" });

        // Wednesday 4 March, 09:00 UTC.
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var view = await StandUpAsync(lead, await TeamIdAsync(lead, EmploymentTeam));

        // Tuesday 00:00 in Helsinki (EET, UTC+2).
        Assert.Equal(new DateTime(2026, 3, 2, 22, 0, 0, DateTimeKind.Utc), view.GetProperty("since").GetDateTime().ToUniversalTime());
        var feedback = view.GetProperty("feedback");
        Assert.Equal(2, feedback.GetProperty("answers").GetInt32());
        Assert.Equal(4.5, feedback.GetProperty("meanRating").GetDouble(), 3);
        Assert.Equal(["Kiitos avusta", Hostile],
            feedback.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("comment").GetString()!).ToArray());
        var latest = feedback.GetProperty("latest");
        Assert.Equal(5, latest.GetProperty("rating").GetInt32());
        Assert.Equal(new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), latest.GetProperty("at").GetDateTime().ToUniversalTime());

        // The network's manager reads the same figures; the page shows the comment as text, never as markup.
        var manager = await StandUpAsync(await app.SignInAsync(FixtureNetwork.Manager), await TeamIdAsync(lead, EmploymentTeam));
        Assert.Equal(2, manager.GetProperty("feedback").GetProperty("answers").GetInt32());
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Lead);
        var html = await pages.GetStringAsync($"/teams/{await TeamIdAsync(lead, EmploymentTeam)}/standup?wall=1", Ct);
        Assert.Contains("&lt;b&gt;Kiitos&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUp_NoAnswersSinceTheLastWorkingDay_HasNoMeanButTheLatestRating(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, _) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        await AnswerAsync(app, coach, closed.Id, new { rating = 3, comment = "Ihan ok" });
        // A week later the case is long closed, but its rating is still the team's latest.
        app.Clock.Advance(TimeSpan.FromDays(7));

        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var feedback = (await StandUpAsync(lead, await TeamIdAsync(lead, EmploymentTeam))).GetProperty("feedback");

        Assert.Equal(0, feedback.GetProperty("answers").GetInt32());
        Assert.Equal(JsonValueKind.Null, feedback.GetProperty("meanRating").ValueKind);
        Assert.Empty(feedback.GetProperty("comments").EnumerateArray());
        Assert.Equal(3, feedback.GetProperty("latest").GetProperty("rating").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task TeamWithoutBoard_ManagerAndLeanCoachAreNotOfferedItsStandUp(string provider)
    {
        // The outreach team has people but no service: like the demo's network development team.
        var network = FeedbackSetup.Network();
        network = network with
        {
            Workers =
            [
                .. network.Workers,
                new SimWorker("netmanager", "outreach", "Verkko", "Johtaja", SimRole.Manager),
                new SimWorker("netcoach", "outreach", "Lean", "Valmentaja", SimRole.Developer),
            ],
        };
        await using var app = await SujuvaApp.StartAsync(provider, network: network);
        var manager = await app.SignInAsync("netmanager");
        var outreach = await TeamIdAsync(manager, OutreachTeam);
        var employment = await TeamIdAsync(manager, EmploymentTeam);

        var view = await StandUpAsync(manager, outreach);
        Assert.False(view.GetProperty("hasBoard").GetBoolean());
        Assert.Empty(view.GetProperty("wip").EnumerateArray());
        Assert.True((await StandUpAsync(manager, employment)).GetProperty("hasBoard").GetBoolean());

        foreach (var person in new[] { "netmanager", "netcoach" })
        {
            var pages = await app.SignInToPagesAsync(person);
            var home = WebUtility.HtmlDecode(await pages.GetStringAsync("/", Ct));
            Assert.Contains(OutreachTeam, home, StringComparison.Ordinal);
            Assert.DoesNotContain($"/teams/{outreach}/standup", home, StringComparison.Ordinal);
            // Opened by its address, the stand-up says so instead of showing empty tables.
            var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/teams/{outreach}/standup", Ct));
            Assert.Contains("Tiimillä ei ole taulua", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
        }
        // A team with a board keeps its link.
        var lead = await app.SignInToPagesAsync(FixtureNetwork.Lead);
        Assert.Contains($"/teams/{employment}/standup", await lead.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    /// <summary>Shows the case's link afresh (a shown secret is short-lived) and answers it as the client.</summary>
    private static async Task AnswerAsync(SujuvaApp app, HttpClient worker, Guid caseId, object answer)
    {
        var link = await FeedbackGiven.ShowAsync(worker, caseId);
        var response = await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), answer);
        Assert.True(response.IsSuccessStatusCode, $"Answering gave {response.StatusCode}.");
    }

    private static async Task<JsonElement> StandUpAsync(HttpClient client, Guid teamId)
    {
        var response = await client.GetAsync($"/api/teams/{teamId}/standup", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<Guid> TeamIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/teams", Ct)).EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
}
