using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Planning a design sprint: its people, services, mode and sessions; half-day sessions must hold the agenda's eight
/// halves once each; bad sessions are named by field; a stale edit 409; the plan is an event.
/// </summary>
public sealed class SprintPlanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Plan_InHalfDays_EditStale409_BadSessionsNamedByField(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var (managerId, leadId, coachId) = (await SprintGiven.MeAsync(manager), await SprintGiven.MeAsync(lead), await SprintGiven.MeAsync(coach));
        var before = await Given.LastEventIdAsync(manager);

        var sprint = await SprintGiven.CreateAsync(manager, managerId, leadId, [coachId], [coaching.Id], "HalfDays", SprintGiven.EightHalves());
        var id = sprint.GetProperty("id").GetGuid();
        var read = await SprintGiven.OkAsync(await coach.GetAsync($"/api/sprints/{id}", Ct));
        var edited = await SprintGiven.OkAsync(await lead.PutAsJsonAsync($"/api/sprints/{id}", new
        {
            challenge = "Miten etäasiakas pääsee valmennukseen ilman jonoa?", deciderId = managerId, facilitatorId = leadId,
            mode = "Remote", participants = new[] { coachId }, serviceIds = new[] { coaching.Id }, sessions = SprintGiven.FourDays(),
            version = sprint.GetProperty("version").GetInt32(),
        }, Ct));
        var stale = await lead.PutAsJsonAsync($"/api/sprints/{id}", new
        {
            challenge = "Vanha", deciderId = managerId, facilitatorId = leadId, mode = "Remote", sessions = SprintGiven.FourDays(),
            version = sprint.GetProperty("version").GetInt32(),
        }, Ct);
        var byWorker = await coach.PutAsJsonAsync($"/api/sprints/{id}", new
        {
            challenge = "Osallistuja", deciderId = managerId, facilitatorId = leadId, mode = "Remote", sessions = SprintGiven.FourDays(),
            version = edited.GetProperty("version").GetInt32(),
        }, Ct);
        var halvesInPerson = await manager.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "X", deciderId = managerId, facilitatorId = leadId, mode = "InPerson", sessions = SprintGiven.EightHalves(),
        }, Ct);
        var dayMissing = await manager.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "X", deciderId = managerId, facilitatorId = leadId, mode = "InPerson", sessions = SprintGiven.FourDays()[..3],
        }, Ct);
        var backwards = await manager.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "X", deciderId = managerId, facilitatorId = leadId, mode = "InPerson",
            sessions = new object[] { new { day = 1, half = 0, date = "2026-03-05", start = "09:00" }, new { day = 2, half = 0, date = "2026-03-04", start = "09:00" },
                new { day = 3, half = 0, date = "2026-03-06", start = "09:00" }, new { day = 4, half = 0, date = "2026-03-09", start = "09:00" } },
        }, Ct);
        var unknownDecider = await manager.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "X", deciderId = Guid.NewGuid(), facilitatorId = leadId, mode = "InPerson", sessions = SprintGiven.FourDays(),
        }, Ct);
        var byWorkerCreate = await coach.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "X", deciderId = managerId, facilitatorId = leadId, mode = "InPerson", sessions = SprintGiven.FourDays(),
        }, Ct);
        var events = await Given.EventsAfterAsync(manager, before);

        Assert.Equal("HalfDays", sprint.GetProperty("mode").GetString());
        Assert.Equal(8, sprint.GetProperty("sessions").GetArrayLength());
        Assert.Equal(("Planned", true, false), (read.GetProperty("status").GetString(), read.GetProperty("mayWork").GetBoolean(), read.GetProperty("mayRun").GetBoolean()));
        Assert.Equal(("Remote", 4), (edited.GetProperty("mode").GetString(), edited.GetProperty("sessions").GetArrayLength()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byWorkerCreate.StatusCode);
        Assert.Equal("sessions[0].half", (await Given.ProblemAsync(halvesInPerson)).Errors!.Keys.Single());
        Assert.Equal("Sprints.SessionsCoverAgenda", (await Given.ProblemAsync(dayMissing)).Code);
        Assert.Equal("Sprints.SessionsOrder", (await Given.ProblemAsync(backwards)).Code);
        Assert.Equal("deciderId", (await Given.ProblemAsync(unknownDecider)).Errors!.Keys.Single());
        Assert.Equal(["SprintCreated", "SprintChanged"], events.Events.Select(e => e.Type).Where(t => t.StartsWith("Sprint", StringComparison.Ordinal)));
    }
}
