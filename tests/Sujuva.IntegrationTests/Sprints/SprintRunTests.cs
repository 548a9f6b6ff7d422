using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Running the agenda: the first start makes the sprint Running; the timer leaves pauses out and goes negative in
/// overtime; next follows the agenda; a stale version 409; a participant 403; a closed sprint refuses; each step is an event.
/// </summary>
public sealed class SprintRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Run_StartPauseResumeNext_TimerLeavesPausesOut_Stale409_Participant403_Closed422(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
        await using var app = await SujuvaApp.StartAsync(provider, settings: SprintTeam.Settings, clock: clock);
        var team = await SprintTeam.StartAsync(app);
        var before = await Given.LastEventIdAsync(team.Decider);
        var planned = await Run(team.Coach, "GET");

        var started = await Step(team.Facilitator, team, "start", new { exercise = "ExpertInterviews", version = planned.GetProperty("version").GetInt32() });
        clock.Advance(TimeSpan.FromMinutes(10));
        var facilitator = await app.SignInAsync(FixtureNetwork.Lead);
        var paused = await Step(facilitator, team, "pause", new { version = started.GetProperty("version").GetInt32() });
        clock.Advance(TimeSpan.FromMinutes(5));
        facilitator = await app.SignInAsync(FixtureNetwork.Lead);
        var whilePaused = await Run(facilitator, "GET");
        var resumed = await Step(facilitator, team, "resume", new { version = paused.GetProperty("version").GetInt32() });
        clock.Advance(TimeSpan.FromMinutes(55));
        facilitator = await app.SignInAsync(FixtureNetwork.Lead);
        var overtime = await Run(facilitator, "GET");
        var stale = await facilitator.PostAsJsonAsync(team.Url("/run/next"), new { version = paused.GetProperty("version").GetInt32() }, Ct);
        var byParticipant = await (await app.SignInAsync(FixtureNetwork.Coach)).PostAsJsonAsync(team.Url("/run/next"),
            new { version = resumed.GetProperty("version").GetInt32() }, Ct);
        var next = await Step(facilitator, team, "next", new { version = resumed.GetProperty("version").GetInt32() });
        var byDecider = await Step(await app.SignInAsync(FixtureNetwork.Manager), team, "start",
            new { exercise = "NextSteps", version = next.GetProperty("version").GetInt32() });
        var pastTheLast = await facilitator.PostAsJsonAsync(team.Url("/run/next"), new { version = byDecider.GetProperty("version").GetInt32() }, Ct);
        var events = await Given.EventsAfterAsync(await app.SignInAsync(FixtureNetwork.Manager), before);
        await app.WithDbAsync(db => db.Sprints.Where(s => s.Id == new Sujuva.Web.Features.SprintId(team.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SprintStatus.Closed), Ct));
        var inClosed = await facilitator.PostAsJsonAsync(team.Url("/run/start"),
            new { exercise = "Map", version = byDecider.GetProperty("version").GetInt32() }, Ct);

        Assert.Equal("Planned", planned.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, planned.GetProperty("current").ValueKind);
        Assert.Equal("ExpertInterviews", planned.GetProperty("next").GetProperty("exercise").GetString());
        Assert.False(planned.GetProperty("mayRun").GetBoolean());
        Assert.Equal("Running", started.GetProperty("status").GetString());
        Assert.Equal((60, 0, 3600, false), Timer(started));
        Assert.Equal("OrganiseHowMightWe", started.GetProperty("next").GetProperty("exercise").GetString());
        Assert.Equal((60, 600, 3000, true), Timer(paused));
        Assert.Equal((60, 600, 3000, true), Timer(whilePaused));
        Assert.Equal((60, 600, 3000, false), Timer(resumed));
        Assert.Equal((60, 3900, -300, false), Timer(overtime));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        Assert.Equal("OrganiseHowMightWe", next.GetProperty("current").GetProperty("step").GetProperty("exercise").GetString());
        Assert.Equal((15, 0, 900, false), Timer(next));
        Assert.Equal(JsonValueKind.Null, byDecider.GetProperty("next").ValueKind);
        var last = await Given.ProblemAsync(pastTheLast);
        Assert.Equal((422, "Sprints.AgendaDone"), (last.Status, last.Code));
        var closed = await Given.ProblemAsync(inClosed);
        Assert.Equal((422, "Sprints.Closed"), (closed.Status, closed.Code));
        Assert.Equal(["ExerciseStarted", "ExercisePaused", "ExerciseResumed", "ExerciseStarted", "ExerciseStarted"],
            events.Events.Where(e => e.Type == "SprintChanged").Select(e => e.Payload.GetProperty("change").GetString()));
        Assert.Equal(["ExpertInterviews", "ExpertInterviews", "ExpertInterviews", "OrganiseHowMightWe", "NextSteps"],
            events.Events.Where(e => e.Type == "SprintChanged").Select(e => e.Payload.GetProperty("exercise").GetString()));

        async Task<JsonElement> Run(HttpClient client, string _) => await SprintGiven.OkAsync(await client.GetAsync(team.Url("/run"), Ct));
    }

    private static async Task<JsonElement> Step(HttpClient client, SprintTeam team, string step, object body) =>
        await SprintGiven.OkAsync(await client.PostAsJsonAsync(team.Url($"/run/{step}"), body, Ct));

    private static (int Planned, int Elapsed, int Remaining, bool Paused) Timer(JsonElement run)
    {
        var current = run.GetProperty("current");
        return (current.GetProperty("plannedMinutes").GetInt32(), current.GetProperty("elapsedSeconds").GetInt32(),
            current.GetProperty("remainingSeconds").GetInt32(), current.GetProperty("paused").GetBoolean());
    }
}
