using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// A sprint of the fixture network with its team signed in: the Manager decides, the team lead facilitates, the coach
/// and the instructor take part; the administrator reads it without working in it.
/// </summary>
public sealed record SprintTeam(Guid Id, HttpClient Decider, HttpClient Facilitator, HttpClient Coach, HttpClient Instructor, HttpClient Outsider,
    Guid DeciderId, Guid CoachId, Guid InstructorId)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The team's five sign-ins, and more after a clock moves, stay under the sign-in rate limit.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Security:SignInPermitLimit"] = "100" };

    public static async Task<SprintTeam> StartAsync(SujuvaApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var (managerId, leadId) = (await SprintGiven.MeAsync(manager), await SprintGiven.MeAsync(lead));
        var (coachId, instructorId) = (await SprintGiven.MeAsync(coach), await SprintGiven.MeAsync(instructor));
        var sprint = await SprintGiven.CreateAsync(manager, managerId, leadId, [coachId, instructorId], []);
        return new SprintTeam(sprint.GetProperty("id").GetGuid(), manager, lead, coach, instructor, admin, managerId, coachId, instructorId);
    }

    public string Url(string tail = "") => $"/api/sprints/{Id}{tail}";

    /// <summary>A note by the client; answers its view.</summary>
    public async Task<JsonElement> NoteAsync(HttpClient client, string text, string kind = "HowMightWe", string exercise = "ExpertInterviews") =>
        await SprintGiven.OkAsync(await client.PostAsJsonAsync(Url("/notes"), new { exercise, kind, text }, Ct), System.Net.HttpStatusCode.Created);

    public Task<HttpResponseMessage> NoteAsyncRaw(HttpClient client, string text) =>
        client.PostAsJsonAsync(Url("/notes"), new { exercise = "ExpertInterviews", kind = "HowMightWe", text }, Ct);

    public Task<HttpResponseMessage> VoteAsync(HttpClient client, string round, Guid note, int dots = 1) =>
        client.PostAsJsonAsync(Url("/votes"), new { round, targetKind = "Note", targetId = note, dots }, Ct);

    public async Task<JsonElement> RoundAsync(HttpClient client, string round) =>
        await SprintGiven.OkAsync(await client.GetAsync(Url($"/votes/rounds/{round}"), Ct));

    public async Task<int> VersionAsync() =>
        (await SprintGiven.OkAsync(await Outsider.GetAsync(Url(), Ct))).GetProperty("version").GetInt32();
}
