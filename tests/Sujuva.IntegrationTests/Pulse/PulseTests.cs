using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.IntegrationTests.Feedback;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Pulse;

namespace Sujuva.IntegrationTests.Pulse;

public sealed record PulseGroupDto(string Kind, string? Name, List<Guid> Teams, int Answers, List<int> Counts, double Mean,
    List<string> Comments, int Wip);

public sealed record PulseResultsDto(string Month, List<string> Weeks, List<PulseGroupDto> Groups);

public sealed class PulseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Employment = [FixtureNetwork.Coach, FixtureNetwork.Lead, FixtureNetwork.Admin, "w1", "w2", "w3", "w4"];

    private static async Task<Guid> TeamOfAsync(HttpClient member) =>
        (await member.GetFromJsonAsync<MeDto>("/api/auth/me", Ct))!.Teams.Single();

    private static async Task<HttpResponseMessage> AnswerAsync(SujuvaApp app, string who, int score, string? comment = null)
    {
        var member = await app.SignInAsync(who);
        return await member.PostAsJsonAsync("/api/pulse",
            new { teamId = await TeamOfAsync(member), jobSatisfaction = score, workload = 3, comment }, Ct);
    }

    private static Task<PulseResultsDto?> ResultsAsync(HttpClient client, string query = "") =>
        client.GetFromJsonAsync<PulseResultsDto>($"/api/pulse/results?month=2026-03{query}", Ct);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_TwiceInOneWeek_Returns409_NextWeekAgain204(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);

        var first = await AnswerAsync(app, FixtureNetwork.Coach, 4);
        var again = await AnswerAsync(app, FixtureNetwork.Coach, 2);
        app.Clock.Advance(TimeSpan.FromDays(7));
        var nextWeek = await AnswerAsync(app, FixtureNetwork.Coach, 2);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, nextWeek.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<PulseAnswer>().CountAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PulseReceipt>().CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_ForAnotherTeam_Returns403(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coachTeam = await TeamOfAsync(await app.SignInAsync(FixtureNetwork.Coach));

        var response = await instructor.PostAsJsonAsync("/api/pulse", new { teamId = coachTeam, jobSatisfaction = 5 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PulseStore_HoldsNoUserIdAndNoTime(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var me = (await coach.GetFromJsonAsync<MeDto>("/api/auth/me", Ct))!;
        await coach.PostAsJsonAsync("/api/pulse", new { teamId = me.Teams[0], jobSatisfaction = 4, comment = "ok" }, Ct);

        var (columns, cells) = await app.WithDbAsync(async db =>
        {
            var types = new[] { typeof(PulseAnswer), typeof(PulseReceipt), typeof(PulseWeekKey) }.Select(t => db.Model.FindEntityType(t)!).ToList();
            var columns = types.SelectMany(t => t.GetProperties()).Select(p => (p.Name, p.ClrType)).ToList();
            var cells = new List<string>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            foreach (var table in types.Select(t => t.GetTableName()))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using DbDataReader reader = await command.ExecuteReaderAsync(Ct);
                while (await reader.ReadAsync(Ct))
                    for (var i = 0; i < reader.FieldCount; i++)
                        cells.Add(reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i).ToString() ?? "");
            }
            return (columns, cells);
        });

        Assert.DoesNotContain(columns, c => c.ClrType == typeof(UserId) || c.Name.Contains("User", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(columns, c => c.ClrType == typeof(DateTime) || c.ClrType == typeof(DateTime?));
        Assert.DoesNotContain(cells, c => c.Contains(me.Id.ToString("N"), StringComparison.OrdinalIgnoreCase)
            || c.Contains(me.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains("ok", cells);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Results_TeamUnderFive_AreNotShown_FifthAnswerShowsThem(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        foreach (var who in Employment.Take(4)) await AnswerAsync(app, who, 4, "kommentti " + who);

        var four = await ResultsAsync(manager);
        await AnswerAsync(app, Employment[4], 2);
        var five = await ResultsAsync(manager);

        Assert.Empty(four!.Groups);
        var group = Assert.Single(five!.Groups);
        Assert.Equal(("Team", 5, 4), (group.Kind, group.Answers, group.Comments.Count));
        Assert.Equal([0, 1, 0, 4, 0], group.Counts);
        Assert.Equal(3, group.Wip);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Results_FilterOnASmallTeam_ShowsOnlyItsPooledGroupNeverTheTeam(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var rehabTeam = await TeamOfAsync(await app.SignInAsync(FixtureNetwork.Instructor));
        foreach (var who in new[] { FixtureNetwork.Instructor, "r1", "dev" }) await AnswerAsync(app, who, 5);

        var rehabOnly = await ResultsAsync(manager, $"&teamId={rehabTeam}");
        foreach (var who in new[] { "o1", "o2" }) await AnswerAsync(app, who, 1);
        var pooled = await ResultsAsync(manager, $"&teamId={rehabTeam}");

        Assert.Empty(rehabOnly!.Groups);
        var group = Assert.Single(pooled!.Groups);
        Assert.Equal(("OtherTeamsOfOrganisation", 5, 2), (group.Kind, group.Answers, group.Teams.Count));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Results_WorkerGets403_TeamLeadSeesOwnGroups(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        foreach (var who in Employment.Take(5)) await AnswerAsync(app, who, 3);
        foreach (var who in new[] { FixtureNetwork.Instructor, "r1", "dev", "o1", "o2" }) await AnswerAsync(app, who, 3);

        var worker = await (await app.SignInAsync(FixtureNetwork.Coach)).GetAsync("/api/pulse/results", Ct);
        var lead = await ResultsAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var manager = await ResultsAsync(await app.SignInAsync(FixtureNetwork.Manager));

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal("Team", Assert.Single(lead!.Groups).Kind);
        Assert.Equal(2, manager!.Groups.Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Results_WithoutMonth_AreTheLastFullMonthAndTheTrendEndsThere(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);  // clock: Monday 2 March 2026
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Manager);

        var results = await manager.GetFromJsonAsync<PulseResultsDto>("/api/pulse/results", Ct);
        var html = await pages.GetStringAsync("/pulse/results", Ct);

        Assert.Equal("2026-02", results!.Month);
        Assert.Contains("value=\"2026-02\"", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ResultsPage_CommentWithMarkup_IsShownAsText(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        foreach (var who in Employment.Take(5)) await AnswerAsync(app, who, 3, "<script>alert(1)</script><i>" + who + "</i>");
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Manager);

        var html = await pages.GetStringAsync("/pulse/results?month=2026-03", Ct);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;i&gt;coach&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>coach", html, StringComparison.Ordinal);
    }

    private sealed record MeDto(Guid Id, string? Email, string? Name, List<string> Roles, List<Guid> Teams);
}
