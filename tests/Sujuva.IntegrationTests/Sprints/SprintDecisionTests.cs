using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.IntegrationTests.Programmes;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// A sprint ends with decisions: it cannot close without one (422 naming "decisions"); "test further" creates an
/// experiment on the sprint's service, owned by the decision's owner, with its prediction in the first cycle; bad
/// decisions are named by field; at 6 and 12 weeks after the close each decision's fate is read from the live objects.
/// </summary>
public sealed class SprintDecisionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Close_NeedsADecision_TestFurtherCreatesExperimentWithTheSprintsScope(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var (managerId, leadId, coachId) = (await SprintGiven.MeAsync(manager), await SprintGiven.MeAsync(lead), await SprintGiven.MeAsync(coach));
        var sprint = await SprintGiven.CreateAsync(manager, managerId, leadId, [coachId], [coaching.Id]);
        var url = $"/api/sprints/{sprint.GetProperty("id").GetGuid()}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        const string prediction = "Läpimenoaika lyhenee alle 30 päivän kahdeksassa viikossa";

        var closeEmpty = await lead.PostAsJsonAsync($"{url}/close", new { version = sprint.GetProperty("version").GetInt32() }, Ct);
        var dropWithoutReason = await manager.PostAsJsonAsync($"{url}/decisions", new { kind = "Drop", what = "Chat", ownerId = coachId, due = today.AddDays(30) }, Ct);
        var twoTargets = await manager.PostAsJsonAsync($"{url}/decisions", new
        {
            kind = "Adopt", what = "Etävalmennus", ownerId = coachId, due = today.AddDays(30), templateId = Guid.NewGuid(), boardServiceId = coaching.Id,
        }, Ct);
        var pastDue = await manager.PostAsJsonAsync($"{url}/decisions", new { kind = "Drop", what = "Chat", ownerId = coachId, due = today.AddDays(-2), reason = "Ei" }, Ct);
        var byParticipant = await coach.PostAsJsonAsync($"{url}/decisions", new { kind = "Drop", what = "Chat", ownerId = coachId, due = today.AddDays(30), reason = "Ei" }, Ct);
        var tested = await SprintGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/decisions", new
        {
            kind = "TestFurther", what = "Valmennusaika varataan jo ensikäynnillä", ownerId = coachId, due = today.AddDays(60),
            prediction, changeDate = today.AddDays(14),
        }, Ct), HttpStatusCode.Created);
        var decisionUrl = $"{url}/decisions/{tested.GetProperty("id").GetGuid()}";
        var edited = await SprintGiven.OkAsync(await lead.PutAsJsonAsync(decisionUrl, new
        {
            what = "Valmennusaika varataan ensikäynnillä", ownerId = coachId, due = today.AddDays(70), version = 1,
        }, Ct));
        var stale = await lead.PutAsJsonAsync(decisionUrl, new { what = "Vanha", ownerId = coachId, due = today.AddDays(70), version = 1 }, Ct);
        var experiment = await SprintGiven.OkAsync(await manager.GetAsync(
            $"/api/improvements/{tested.GetProperty("link").GetProperty("improvementId").GetGuid()}", Ct));
        var version = (await SprintGiven.OkAsync(await manager.GetAsync(url, Ct))).GetProperty("version").GetInt32();
        var closed = await SprintGiven.OkAsync(await lead.PostAsJsonAsync($"{url}/close", new { version }, Ct));
        var afterClose = await manager.PostAsJsonAsync($"{url}/decisions", new { kind = "Drop", what = "Chat", ownerId = coachId, due = today.AddDays(30), reason = "Ei" }, Ct);
        var editAfterClose = await lead.PutAsJsonAsync(decisionUrl, new { what = "Myöhässä", ownerId = coachId, due = today.AddDays(70), version = 2 }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, closeEmpty.StatusCode);
        var noDecisions = await Given.ProblemAsync(closeEmpty);
        Assert.Equal(("Sprints.NoDecisions", "decisions"), (noDecisions.Code, noDecisions.Errors!.Keys.Single()));
        Assert.Equal("reason", (await Given.ProblemAsync(dropWithoutReason)).Errors!.Keys.Single());
        Assert.Equal("Sprints.AdoptTarget", (await Given.ProblemAsync(twoTargets)).Code);
        Assert.Equal("due", (await Given.ProblemAsync(pastDue)).Errors!.Keys.Single());
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);

        var scope = experiment.GetProperty("scope");
        Assert.Equal(("Experiment", "Service", coaching.Id), (experiment.GetProperty("kind").GetString(), scope.GetProperty("kind").GetString(),
            scope.GetProperty("serviceId").GetGuid()));
        Assert.Equal(("Valmennusaika varataan jo ensikäynnillä", coachId, sprint.GetProperty("challenge").GetString()),
            (experiment.GetProperty("title").GetString(), experiment.GetProperty("owner").GetProperty("id").GetGuid(), experiment.GetProperty("aim").GetString()));
        var measure = experiment.GetProperty("measures").EnumerateArray().Single();
        Assert.Equal(("LeadTime", "Outcome"), (measure.GetProperty("kind").GetString(), measure.GetProperty("role").GetString()));
        var cycle = experiment.GetProperty("cycles").EnumerateArray().Single();
        Assert.Equal((today.AddDays(14), prediction), (cycle.GetProperty("changeDate").Deserialize<DateOnly>(),
            cycle.GetProperty("predictions")[0].GetProperty("text").GetString()));
        Assert.Equal(measure.GetProperty("id").GetGuid(), cycle.GetProperty("predictions")[0].GetProperty("measureId").GetGuid());
        Assert.Equal(("Planned", true, false), (tested.GetProperty("now").GetProperty("experimentStatus").GetString(),
            tested.GetProperty("now").GetProperty("live").GetBoolean(), tested.GetProperty("now").GetProperty("overdue").GetBoolean()));

        Assert.Equal((2, today.AddDays(70)), (edited.GetProperty("version").GetInt32(), edited.GetProperty("due").Deserialize<DateOnly>()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);
        Assert.Equal("Sprints.Closed", (await Given.ProblemAsync(afterClose)).Code);
        Assert.Equal("Sprints.Closed", (await Given.ProblemAsync(editAfterClose)).Code);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fate_At6And12WeeksAfterClose_IsReadFromTheLiveObjectsAsTheyWereThen(string provider)
    {
        // 2 March 2026, 9:00 UTC; the test signs in again after each move of the clock.
        await using var app = await SujuvaApp.StartAsync(provider, settings: AuthorizationMatrixTests.ManySignIns,
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var (managerId, leadId, coachId) = (await SprintGiven.MeAsync(manager), await SprintGiven.MeAsync(lead), await SprintGiven.MeAsync(coach));
        var url = $"/api/sprints/{(await SprintGiven.CreateAsync(manager, managerId, leadId, [coachId], [coaching.Id])).GetProperty("id").GetGuid()}";
        async Task<JsonElement> DecideAsync(object body) =>
            await SprintGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/decisions", body, Ct), HttpStatusCode.Created);
        var experiment = (await DecideAsync(new
        {
            kind = "TestFurther", what = "Valmennusaika varataan jo ensikäynnillä", ownerId = coachId, due = "2026-04-15",
            prediction = "Läpimenoaika lyhenee", changeDate = "2026-03-16",
        })).GetProperty("link").GetProperty("improvementId").GetGuid();
        var programme = (await DecideAsync(new
        {
            kind = "Adopt", what = "Viikoittainen etävalmennus", ownerId = leadId, due = "2026-04-01",
            template = new
            {
                serviceId = coaching.Id, name = "Viikkovalmennus", rhythm = new { kind = "Weekly" },
                sessions = new[] { new { topic = "Tavoitteet", minutes = 60, mode = "Remote" }, new { topic = "Työnhaku", minutes = 60, mode = "Remote" } },
            },
        })).GetProperty("link").GetProperty("programmeTemplateId").GetGuid();
        await DecideAsync(new { kind = "Adopt", what = "Etäohjaus omaksi vaiheekseen", ownerId = leadId, due = "2026-04-01", boardServiceId = coaching.Id, stageName = "Etäohjaus" });
        await DecideAsync(new { kind = "Drop", what = "Chat-palvelu", ownerId = managerId, due = "2026-03-31", reason = "Asiakkaat eivät käyttäneet sitä testissä" });

        lead = await MoveAsync(app, new DateTime(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc), FixtureNetwork.Lead);
        var version = (await SprintGiven.OkAsync(await lead.GetAsync(url, Ct))).GetProperty("version").GetInt32();
        await SprintGiven.OkAsync(await lead.PostAsJsonAsync($"{url}/close", new { version }, Ct));
        var justClosed = await SprintGiven.OkAsync(await lead.GetAsync($"{url}/decisions", Ct));

        // Week 2: the experiment's first cycle starts and a client is enrolled in the new programme.
        manager = await MoveAsync(app, new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc), FixtureNetwork.Manager);
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var improvementUrl = $"/api/improvements/{experiment}";
        await SprintGiven.OkAsync(await manager.PostAsJsonAsync($"{improvementUrl}/cycles/1/start", new { version = await ImprovementVersionAsync(manager, improvementUrl) }, Ct));
        var @case = (await ProgrammeGiven.OpenCasesAsync(coach, coaching.Id))[0];
        await ProgrammeGiven.CreatedAsync(await ProgrammeGiven.EnrolAsync(coach, @case, programme, coachId, new DateOnly(2026, 3, 23), moveOnClash: true));

        // Week 7: the six-week checkpoint has come; then the stage is added and the experiment abandoned.
        manager = await MoveAsync(app, new DateTime(2026, 4, 20, 9, 0, 0, DateTimeKind.Utc), FixtureNetwork.Manager);
        var atSix = await SprintGiven.OkAsync(await manager.GetAsync($"{url}/decisions", Ct));
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var service = await AdminSteps.ServiceAsync(admin, FixtureNetwork.CoachingService);
        Assert.True((await admin.PostAsJsonAsync($"/api/admin/services/{coaching.Id}/stages",
            new { name = "Etäohjaus", kind = "Working", wipLimit = (int?)null, version = service.Version }, Ct)).IsSuccessStatusCode);
        await SprintGiven.OkAsync(await manager.PostAsJsonAsync($"{improvementUrl}/cycles/1/study",
            new { study = "Läpimenoaika ei lyhentynyt", version = await ImprovementVersionAsync(manager, improvementUrl) }, Ct));
        await SprintGiven.OkAsync(await manager.PostAsJsonAsync($"{improvementUrl}/cycles/1/decision",
            new { decision = "Abandon", reason = "Ei vaikutusta", version = await ImprovementVersionAsync(manager, improvementUrl) }, Ct));

        // Week 13: both checkpoints have come; the six-week one still tells what was then.
        manager = await MoveAsync(app, new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), FixtureNetwork.Manager);
        var atTwelve = await SprintGiven.OkAsync(await manager.GetAsync($"{url}/decisions", Ct));

        var checkpoints = justClosed.GetProperty("checkpoints").EnumerateArray().ToList();
        Assert.Equal([(6, new DateOnly(2026, 4, 17), false, 0), (12, new DateOnly(2026, 5, 29), false, 0)],
            checkpoints.Select(c => (c.GetProperty("weeks").GetInt32(), c.GetProperty("on").Deserialize<DateOnly>(), c.GetProperty("reached").GetBoolean(),
                c.GetProperty("decisions").GetArrayLength())));
        Assert.False(justClosed.GetProperty("mayDecide").GetBoolean());

        var six = Fates(atSix, 0);
        Assert.Equal(("Running", true, false), (six[0].GetProperty("experimentStatus").GetString(), six[0].GetProperty("acted").GetBoolean(), six[0].GetProperty("overdue").GetBoolean()));
        Assert.Equal((1, true), (six[1].GetProperty("enrolments").GetInt32(), six[1].GetProperty("acted").GetBoolean()));
        Assert.Equal((false, true), (six[2].GetProperty("stageExists").GetBoolean(), six[2].GetProperty("overdue").GetBoolean()));
        Assert.Equal((false, false), (six[3].GetProperty("live").GetBoolean(), six[3].GetProperty("overdue").GetBoolean()));
        Assert.False(atSix.GetProperty("checkpoints")[1].GetProperty("reached").GetBoolean());

        Assert.Equal(Text(Fates(atSix, 0)), Text(Fates(atTwelve, 0)));
        var twelve = Fates(atTwelve, 1);
        Assert.Equal(("Abandoned", "Abandon", "Ei vaikutusta"), (twelve[0].GetProperty("experimentStatus").GetString(),
            twelve[0].GetProperty("lastAct").GetString(), twelve[0].GetProperty("lastActReason").GetString()));
        Assert.Equal((true, false), (twelve[2].GetProperty("stageExists").GetBoolean(), twelve[2].GetProperty("overdue").GetBoolean()));
        var now = atTwelve.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("now")).ToList();
        Assert.Equal(Text(twelve), Text(now));
        Assert.Equal("Etäohjaus", atTwelve.GetProperty("decisions")[2].GetProperty("link").GetProperty("stageName").GetString());
    }

    /// <summary>The clock moved: sessions signed in before it may have expired, so the test signs in again.</summary>
    private static async Task<HttpClient> MoveAsync(SujuvaApp app, DateTime utc, string who)
    {
        app.Clock.SetUtcNow(new DateTimeOffset(utc));
        return await app.SignInAsync(who);
    }

    private static async Task<int> ImprovementVersionAsync(HttpClient client, string url) =>
        (await SprintGiven.OkAsync(await client.GetAsync(url, Ct))).GetProperty("version").GetInt32();

    /// <summary>The fates at a checkpoint, in the decisions' order.</summary>
    private static List<JsonElement> Fates(JsonElement view, int checkpoint) =>
        [.. view.GetProperty("checkpoints")[checkpoint].GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("fate"))];

    private static List<string> Text(IEnumerable<JsonElement> fates) => [.. fates.Select(f => f.GetRawText())];
}
