using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// Enrolling a case's client in a programme (issue 16, item 2), on a clock standing at Monday 2 March 2026: sessions on
/// working days at the same local time (Easter Monday skipped), the template's later edits changing nothing, a clash
/// with the coach's other session refused naming it or moved when asked, a group shared up to its capacity, and each
/// bad input refused naming its field.
/// </summary>
public sealed class EnrolmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Enrol_LaysOutWorkingDaySessions_LogsTheEnrolment_AndALaterTemplateEditChangesNothing(string provider)
    {
        await using var app = await StartAsync(provider);
        var (lead, coach, coaching, template, cases, me) = await ArrangeAsync(app);
        var caseId = cases[0];
        var before = await Given.LastEventIdAsync(coach);

        var enrolled = await CreatedAsync(await EnrolAsync(coach, caseId, template, me, Monday));
        var current = await lead.GetFromJsonAsync<JsonElement>($"/api/programme-templates/{template}", Ct);
        Assert.True((await lead.PutAsJsonAsync($"/api/programme-templates/{template}", new
        {
            serviceId = coaching.Id, name = "Uusi nimi", rhythm = new { kind = "Monthly" }, version = current.GetProperty("version").GetInt32(),
            sessions = new[] { new { topic = "Yksi", minutes = 30, mode = "InPerson" } },
        }, Ct)).IsSuccessStatusCode);
        var later = Assert.Single((await coach.GetFromJsonAsync<List<EnrolmentDto>>($"/api/cases/{caseId}/programmes", Ct))!);
        var events = (await Given.EventsAfterAsync(coach, before)).Events;

        // 23 March 10:00 EET, then summer time; Easter Monday 6 April moves to Tuesday 7 April.
        Assert.Equal([Z(3, 23, 8), Z(3, 30, 7), Z(4, 7, 7), Z(4, 13, 7)], enrolled.Sessions.Select(s => s.StartUtc));
        Assert.All(enrolled.Sessions, s => Assert.Equal(("Scheduled", "Expected", 4), (s.Status, s.Attendance, s.Count)));
        Assert.Equal((1, "Etävalmennus"), (later.TemplateVersion, later.ProgrammeName));
        Assert.Equal(["Aihe 1", "Aihe 2", "Aihe 3", "Aihe 4"], later.Sessions.Select(s => s.Topic));
        var logged = Assert.Single(events, e => e.Type == "ProgrammeEnrolled");
        Assert.Equal(caseId, logged.CaseId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Clash_WithTheCoachsOtherSession_IsRefusedNamingIt_OrMovedToTheNextFreeQuarterHour(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday));

        var clash = await EnrolAsync(coach, cases[1], template, me, Monday, at: "10:30");
        var problem = await clash.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var moved = await CreatedAsync(await EnrolAsync(coach, cases[1], template, me, Monday, moveOnClash: true, at: "10:30"));

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("Programmes.Clash", problem.GetProperty("code").GetString());
        Assert.Contains("Etävalmennus 1/4", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("startsOn", out _));
        // Each moved to 11:00 local, after the first programme's session.
        Assert.Equal([Z(3, 23, 9), Z(3, 30, 8), Z(4, 7, 8), Z(4, 13, 8)], moved.Sessions.Select(s => s.StartUtc));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Group_SharesItsSessionsUpToCapacity_AndBadInputIsNamedByField(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, group, cases, me) = await ArrangeAsync(app, group: true);

        var first = await CreatedAsync(await EnrolAsync(coach, cases[0], group, me, Monday));
        var second = await CreatedAsync(await EnrolAsync(coach, cases[1], group, me, Monday));
        (string Expected, HttpResponseMessage Response)[] refused =
        [
            ("422 templateId", await EnrolAsync(coach, cases[2], group, me, Monday)),
            ("422 startsOn", await EnrolAsync(coach, cases[2], group, me, new DateOnly(2026, 3, 2), at: "08:00")),
            ("400 templateId", await EnrolAsync(coach, cases[2], Guid.NewGuid(), me, Monday)),
            ("400 coachId", await EnrolAsync(coach, cases[2], group, await MeAsync(await app.SignInAsync(FixtureNetwork.Instructor)), Monday)),
            ("404 caseId", await EnrolAsync(coach, Guid.NewGuid(), group, me, Monday)),
        ];

        Assert.Equal(first.Sessions.Select(s => s.Id), second.Sessions.Select(s => s.Id));
        await ProblemAssert.NamesFieldsAsync(refused, Ct);

        Assert.Empty((await coach.GetFromJsonAsync<List<EnrolmentDto>>($"/api/cases/{cases[2]}/programmes", Ct))!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Attendance_AttendedMinutesBecomeWork_NoShowWaitsForTheStart_LateCancellationIsMarked(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        var caseId = cases[0];
        var enrolled = await CreatedAsync(await EnrolAsync(coach, caseId, template, me, Monday));
        var (first, second) = (enrolled.Sessions[0], enrolled.Sessions[1]);
        Task<HttpResponseMessage> Mark(SessionDto s, string attendance, int version) =>
            coach.PostAsJsonAsync($"/api/sessions/{s.Id}/attendance", new { caseId, attendance, version }, Ct);

        // Access tokens are short-lived: sign in again after each move of the clock.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 9, 5, 0, TimeSpan.Zero));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var before = await Given.LastEventIdAsync(coach);
        var tooEarly = await Mark(second, "NoShow", second.Version);
        var stale = await Mark(first, "Attended", first.Version + 1);
        var attended = (await (await Mark(first, "Attended", first.Version)).Content.ReadFromJsonAsync<EnrolmentDto>(Ct))!;
        var again = await Mark(first, "NoShow", attended.Sessions[0].Version);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var cancelled = (await (await Mark(second, "CancelledByClient", second.Version)).Content.ReadFromJsonAsync<EnrolmentDto>(Ct))!;
        var events = (await Given.EventsAfterAsync(coach, before)).Events;
        var work = await coach.GetFromJsonAsync<List<JsonElement>>($"/api/cases/{caseId}/work", Ct);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity),
            (tooEarly.StatusCode, stale.StatusCode, again.StatusCode));
        Assert.Equal(("Attended", 60, "Held", 1), (attended.Sessions[0].Attendance, attended.Sessions[0].Minutes, attended.Sessions[0].Status, attended.Sessions[0].Sequence));
        // Its only client cancelled: the session no longer takes the coach's time.
        Assert.Equal(("CancelledByClient", "CancelledByClient"), (cancelled.Sessions[1].Attendance, cancelled.Sessions[1].Status));
        Assert.Equal(60, Assert.Single(work!).GetProperty("minutes").GetInt32());
        Assert.Equal(["SessionAttendanceMarked", "SessionAttendanceMarked", "WorkLogged"],
            events.Where(e => e.CaseId == caseId).Select(e => e.Type).Order(StringComparer.Ordinal));
        var late = events.Last(e => e.Type == "SessionAttendanceMarked").Payload;
        Assert.Equal(("CancelledByClient", true), (late.GetProperty("attendance").GetString(), late.GetProperty("late").GetBoolean()));
    }

    /// <summary>A held session is touch time: at the case's close its minutes are the effort in the flow efficiency by effort (METRICS.md §2).</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AttendedMinutes_AreTheClosedCasesEffort_InTheFlowEfficiencyByEffort(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, coaching, template, cases, me) = await ArrangeAsync(app);
        var first = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions[0];
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 9, 5, 0, TimeSpan.Zero));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{first.Id}/attendance",
            new { caseId = cases[0], attendance = "Attended", minutes = 45, version = first.Version }, Ct)).IsSuccessStatusCode);
        var open = await Given.CaseAsync(coach, cases[0]);
        var closing = await coach.PostAsJsonAsync($"/api/cases/{cases[0]}/close", new { outcome = "Employed", version = open.Version }, Ct);
        Assert.True(closing.IsSuccessStatusCode, await closing.Content.ReadAsStringAsync(Ct));
        var closed = await Given.CaseAsync(coach, cases[0]);
        var flow = (await coach.GetFromJsonAsync<Metrics.FlowMetricsDto>($"/api/metrics/flow?from=2026-01-01&serviceId={coaching.Id}", Ct))!;

        var lead = (closed.ClosedAt!.Value - closed.OpenedAt).TotalSeconds;
        Assert.Equal(1, flow.Efficiency.Cases);
        Assert.Equal(45 * 60 / lead, flow.Efficiency.TimeWeightedByEffort, 6);
        Assert.Equal(45 * 60 / lead, flow.Efficiency.MeanOfCasesByEffort, 6);
    }
}
