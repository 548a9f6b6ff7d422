using System.Net.Http.Json;
using Sujuva.IntegrationTests.Feedback;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Signs in one client per asker and creates what the probes point at.</summary>
public static class MatrixSetup
{
    public const string DeveloperKey = "developer";

    /// <summary>The order askers are tried in: those who are refused first, administrators last.</summary>
    public static readonly Who[] Order =
        [Who.Anonymous, Who.OtherTeamWorker, Who.Worker, Who.TeamLead, Who.Developer, Who.Manager, Who.Administrator];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<(Dictionary<Who, HttpClient> Clients, MatrixIds Ids)> ArrangeAsync(SujuvaApp app)
    {
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        await CreateUserAsync(admin, DeveloperKey, "Developer", []);
        var spareUser = await CreateUserAsync(admin, "spare", "Worker", [coaching.TeamId]);
        var spareOrganisation = await IdOfAsync(await admin.PostAsJsonAsync("/api/organisations", new { name = "Varaorganisaatio" }, Ct));
        var spareService = await IdOfAsync(await admin.PostAsJsonAsync("/api/services",
            new { teamId = coaching.TeamId, name = "Varapalvelu", stages = new[] { new { name = "Jono", kind = "Waiting" } } }, Ct));
        var (@case, _, fullStage) = await Given.CaseBesideFullStageAsync(coach);
        // Referred from another case: a referral shows its case to the receiving team, and @case must stay the Worker team's own.
        var referred = (await Given.BoardAsync(coach, coaching.Id)).Columns.Single(c => c.StageId == fullStage).Cards[0].CaseId;
        var referral = await IdOfAsync(await coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = referred, toServiceId = rehab.Id, reason = "Arviointi", clientConsented = true }, Ct));
        var closed = (await Given.BoardAsync(coach, coaching.Id)).Columns.Single(c => c.StageId == fullStage).Cards
            .Single(c => c.CaseId != referred);
        Assert.True((await coach.PostAsJsonAsync($"/api/cases/{closed.CaseId}/close",
            new { outcome = "Employed", version = closed.Version }, Ct)).IsSuccessStatusCode);
        var link = await FeedbackGiven.ShowAsync(coach, closed.CaseId);
        var managerClient = await app.SignInAsync(FixtureNetwork.Manager);
        var improvement = await IdOfAsync(await managerClient.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title = "Valmennukseen jonotetaan", scope = new { kind = "Service", serviceId = coaching.Id },
            measures = new[] { new { kind = "QueueTime", role = "Outcome" } },
        }, Ct));
        var template = await IdOfAsync(await managerClient.PostAsJsonAsync("/api/programme-templates", ProgrammeTemplate(coaching.Id), Ct));
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        // The Manager decides and the TeamLead facilitates; the Worker takes part.
        var sprint = await IdOfAsync(await managerClient.PostAsJsonAsync("/api/sprints", Sprint(
            await Sprints.SprintGiven.MeAsync(managerClient), await Sprints.SprintGiven.MeAsync(lead), [await Sprints.SprintGiven.MeAsync(coach)], coaching.Id), Ct));

        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Administrator] = admin,
            [Who.Manager] = managerClient,
            [Who.TeamLead] = lead,
            [Who.Worker] = coach,
            [Who.Developer] = await app.SignInAsync(DeveloperKey),
            [Who.OtherTeamWorker] = await app.SignInAsync(FixtureNetwork.Instructor),
            [Who.Anonymous] = app.Anonymous(),
        };
        var ids = new MatrixIds(coaching.Id, rehab.Id, coaching.TeamId, @case.Id, fullStage, @case.ClientId, referral,
            spareOrganisation, spareService, spareUser, closed.CaseId, link.LinkId, FeedbackGiven.TokenOf(link), improvement, template, sprint);
        return (clients, ids);
    }

    /// <summary>A weekly programme of two one-to-one sessions of the service.</summary>
    public static object ProgrammeTemplate(Guid serviceId) => new
    {
        serviceId, name = "Etävalmennus", rhythm = new { kind = "Weekly" },
        sessions = new[] { new { topic = "Tavoitteet", minutes = 60, mode = "Remote" }, new { topic = "Työnhaku", minutes = 60, mode = "InPerson" } },
    };

    /// <summary>A four-day sprint in person about the service.</summary>
    public static object Sprint(Guid decider, Guid facilitator, Guid[] participants, Guid serviceId) => new
    {
        challenge = "Miten asiakas pääsee valmennukseen ilman jonoa?", deciderId = decider, facilitatorId = facilitator,
        mode = "InPerson", participants, serviceIds = new[] { serviceId },
        sessions = Enumerable.Range(1, 4).Select(d => new { day = d, half = 0, date = $"2030-02-0{3 + d}", start = "09:00" }).ToArray(),
    };

    private static async Task<Guid> CreateUserAsync(HttpClient admin, string key, string role, Guid[] teams) =>
        await IdOfAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = FixtureNetwork.Email(key), displayName = key, password = FixtureNetwork.Password,
            roles = new[] { role }, teamIds = teams,
        }, Ct));

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
