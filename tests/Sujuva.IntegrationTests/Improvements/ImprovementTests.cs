using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Improvements;

/// <summary>
/// An improvement's life through the API: plan a PDSA cycle with a prediction, start it (the prediction locks),
/// observe, study and decide; stale edits get 409, bad input 400 naming the field, rules 422, and who may do what.
/// </summary>
public sealed class ImprovementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly From = new(2026, 1, 5);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cycle_PlanStartObserveStudyAdapt_PredictionLocksAtStartAndEveryStepIsAnEvent(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var rehab = await Given.ServiceAsync(manager, FixtureNetwork.RehabService);
        var created = await ImprovementGiven.ExperimentAsync(manager, rehab.Id, From);
        var outcome = created.Measures.Single(m => m.Role == "Outcome");
        var url = $"/api/improvements/{created.Id}";

        var planned = await ImprovementGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/cycles", new
        {
            change = "Yhteinen alkuinfo tiistaisin ja torstaisin", changeDate = new DateOnly(2026, 3, 4), studyOn = new DateOnly(2026, 4, 29),
            predictions = new[] { new { measureId = outcome.Id, text = "Jonotusajan mediaani alle 20 päivän 8 viikossa", value = 20.0 } },
            version = created.Version,
        }, Ct));
        var editedBeforeStart = await ImprovementGiven.OkAsync(await manager.PutAsJsonAsync($"{url}/cycles/1", new
        {
            change = "Yhteinen alkuinfo tiistaisin ja torstaisin", changeDate = new DateOnly(2026, 3, 4), studyOn = new DateOnly(2026, 4, 29),
            predictions = new[] { new { measureId = outcome.Id, text = "Jonotusajan mediaani alle 18 päivän 8 viikossa", value = 18.0 } },
            version = planned.Version,
        }, Ct));
        var started = await ImprovementGiven.OkAsync(await instructor.PostAsJsonAsync($"{url}/cycles/1/start", new { version = editedBeforeStart.Version }, Ct));
        var editedAfterStart = await manager.PutAsJsonAsync($"{url}/cycles/1", new
        {
            change = "Yhteinen alkuinfo tiistaisin ja torstaisin", changeDate = new DateOnly(2026, 3, 4), studyOn = new DateOnly(2026, 4, 29),
            predictions = new[] { new { measureId = outcome.Id, text = "Jonotusajan mediaani alle 25 päivän", value = 25.0 } },
            version = started.Version,
        }, Ct);
        var observed = await ImprovementGiven.OkAsync(await instructor.PostAsJsonAsync($"{url}/cycles/1/observations",
            new { on = new DateOnly(2026, 3, 10), text = "Kolme asiakasta jäi tulematta alkuinfoon", problem = true, version = started.Version }, Ct));
        var studied = await ImprovementGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/cycles/1/study",
            new { study = "Jono lyheni, mutta poisjäännit lisääntyivät", version = observed.Version }, Ct));
        var adapted = await ImprovementGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/cycles/1/decision",
            new { decision = "Adapt", reason = "Lisätään muistutusviesti edellisenä päivänä", version = studied.Version }, Ct));
        var second = await ImprovementGiven.OkAsync(await manager.PostAsJsonAsync($"{url}/cycles", new
        {
            change = "Muistutusviesti alkuinfoa edeltävänä päivänä", changeDate = new DateOnly(2026, 5, 4), version = adapted.Version,
        }, Ct));

        Assert.Equal(("Planned", 1), (planned.Status, planned.Cycles.Count));
        Assert.Equal("Jonotusajan mediaani alle 18 päivän 8 viikossa", editedBeforeStart.Cycles[0].Predictions[0].Text);
        Assert.Equal("Running", started.Status);
        Assert.NotNull(started.Cycles[0].StartedAt);
        Assert.Equal([new DateOnly(2026, 3, 4)], started.ChangeDates);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, editedAfterStart.StatusCode);
        var locked = await Given.ProblemAsync(editedAfterStart);
        Assert.Equal("Improvements.PredictionLocked", locked.Code);
        Assert.True(locked.Errors.ContainsKey("predictions"));
        Assert.Equal((true, "Kolme asiakasta jäi tulematta alkuinfoon"), (observed.Cycles[0].Observations.Count == 1,
            observed.Cycles[0].Observations[0].GetProperty("text").GetString()));
        Assert.Equal("Studying", studied.Status);
        Assert.Equal(("Adapted", "Lisätään muistutusviesti edellisenä päivänä"), (adapted.Status, adapted.StatusReason));
        Assert.Equal((2, "Adapted"), (second.Cycles.Count, second.Status));
        var after = await ImprovementGiven.GetAsync(manager, created.Id);
        Assert.Equal("Jonotusajan mediaani alle 18 päivän 8 viikossa", after.Cycles[0].Predictions[0].Text);
        var changes = (await Given.EventsAfterAsync(manager, 0)).Events
            .Where(e => e.Type is "ImprovementCreated" or "ImprovementChanged")
            .Select(e => e.Type == "ImprovementCreated" ? "Created" : e.Payload.GetProperty("change").GetString()).ToList();
        Assert.Equal(["Created", "CyclePlanned", "CyclePlanned", "CycleStarted", "Observed", "Studied", "Decided", "CyclePlanned"], changes);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Edit_TwoEditorsFromOneVersion_SecondGets409AndTheFirstStays(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coaching = await Given.ServiceAsync(manager, FixtureNetwork.CoachingService);
        var created = await ImprovementGiven.ExperimentAsync(manager, coaching.Id, From);
        var me = created.Measures.Single(m => m.Role == "Outcome");
        var owner = (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();

        var first = await manager.PutAsJsonAsync($"/api/improvements/{created.Id}",
            new { title = "Valmennukseen pääsee hitaasti", ownerId = owner, measuredFrom = From, version = created.Version }, Ct);
        var second = await lead.PutAsJsonAsync($"/api/improvements/{created.Id}",
            new { title = "Valmennuksen jono on pitkä", ownerId = owner, measuredFrom = From, version = created.Version }, Ct);
        var staleCycle = await lead.PostAsJsonAsync($"/api/improvements/{created.Id}/cycles",
            new { change = "Pariohjaus", changeDate = new DateOnly(2026, 3, 2), version = created.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("EditConflict", (await Given.ProblemAsync(second)).Code);
        Assert.Equal(HttpStatusCode.Conflict, staleCycle.StatusCode);
        var now = await ImprovementGiven.GetAsync(lead, created.Id);
        Assert.Equal(("Valmennukseen pääsee hitaasti", 0), (now.Title, now.Cycles.Count));
        Assert.Equal(me.Id, now.Measures.Single(m => m.Role == "Outcome").Id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task BadInput_EachGets400Or422NamingTheFieldAndNothingIsSaved(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var rehab = await Given.ServiceAsync(manager, FixtureNetwork.RehabService);
        var created = await ImprovementGiven.ExperimentAsync(manager, rehab.Id, From);
        var url = $"/api/improvements/{created.Id}";
        object Create(object scope, params object[] measures) =>
            new { kind = "Experiment", title = "Jono on pitkä", scope, measures, measuredFrom = From };

        (string Expected, HttpResponseMessage Response)[] cases =
        [
            ("400 measures[0].kind", await manager.PostAsJsonAsync("/api/improvements",
                Create(new { kind = "Service", serviceId = rehab.Id }, new { kind = "WaitingTime", role = "Outcome" }), Ct)),
            ("400 scope.serviceId", await manager.PostAsJsonAsync("/api/improvements",
                Create(new { kind = "Service", serviceId = Guid.NewGuid() }, new { kind = "LeadTime", role = "Outcome" }), Ct)),
            ("400 measures[0].kind", await manager.PostAsJsonAsync("/api/improvements",
                Create(new { kind = "Service", serviceId = rehab.Id }, new { kind = "HandoffWait", role = "Outcome" }), Ct)),
            ("400 measures", await manager.PostAsJsonAsync("/api/improvements",
                Create(new { kind = "Service", serviceId = rehab.Id }, new { kind = "LeadTime", role = "Process" }), Ct)),
            ("400 measures[0].chart", await manager.PostAsJsonAsync("/api/improvements",
                Create(new { kind = "Service", serviceId = rehab.Id }, new { kind = "Csat", role = "Outcome", chart = "Run" }), Ct)),
            ("422 changeDate", await manager.PostAsJsonAsync($"{url}/cycles",
                new { change = "Alkuinfo", changeDate = From.AddDays(6), version = created.Version }, Ct)),
            ("400 predictions[0].measureId", await manager.PostAsJsonAsync($"{url}/cycles", new
            {
                change = "Alkuinfo", changeDate = new DateOnly(2026, 3, 4), version = created.Version,
                predictions = new[] { new { measureId = Guid.NewGuid(), text = "Lyhenee" } },
            }, Ct)),
            ("400 measure", await manager.GetAsync($"{url}/chart?measure={Guid.NewGuid()}", Ct)),
            ("400 view", await manager.GetAsync($"{url}/chart?view=both", Ct)),
            ("400 rules", await manager.GetAsync($"{url}/chart?rules=we9", Ct)),
            ("404 improvementId", await manager.GetAsync($"/api/improvements/{Guid.NewGuid()}", Ct)),
        ];

        await ProblemAssert.NamesFieldsAsync(cases, Ct);

        var list = await manager.GetFromJsonAsync<List<ImprovementSummaryDto>>("/api/improvements", Ct);
        Assert.Equal([created.Id], list!.Select(i => i.Id));
        Assert.Empty((await ImprovementGiven.GetAsync(manager, created.Id)).Cycles);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Access_TeamLeadCreatesForOwnTeamOnly_OtherTeamsReadButDoNotWork(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);
        var rehab = await Given.ServiceAsync(lead, FixtureNetwork.RehabService);

        var own = await ImprovementGiven.ExperimentAsync(lead, coaching.Id, From);
        var otherTeams = await lead.PostAsJsonAsync("/api/improvements", new
        {
            kind = "A3", title = "Kuntoutukseen pääsee hitaasti", scope = new { kind = "Service", serviceId = rehab.Id },
            measures = new[] { new { kind = "LeadTime", role = "Outcome" } },
        }, Ct);
        var byWorker = await coach.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title = "Valmennus", scope = new { kind = "Service", serviceId = coaching.Id },
            measures = new[] { new { kind = "LeadTime", role = "Outcome" } },
        }, Ct);
        var readByOtherTeam = await instructor.GetAsync($"/api/improvements/{own.Id}", Ct);
        var workByOtherTeam = await instructor.PostAsJsonAsync($"/api/improvements/{own.Id}/cycles",
            new { change = "Pariohjaus", changeDate = new DateOnly(2026, 3, 2), version = own.Version }, Ct);
        var workByTeamMember = await coach.PostAsJsonAsync($"/api/improvements/{own.Id}/cycles",
            new { change = "Pariohjaus", changeDate = new DateOnly(2026, 3, 2), version = own.Version }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, otherTeams.StatusCode);
        Assert.Equal("Improvements.MayNotCreate", (await Given.ProblemAsync(otherTeams)).Code);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByOtherTeam.StatusCode);
        Assert.False((await readByOtherTeam.Content.ReadFromJsonAsync<ImprovementDto>(Ct))!.MayWork);
        Assert.Equal(HttpStatusCode.Forbidden, workByOtherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workByTeamMember.StatusCode);
    }
}
