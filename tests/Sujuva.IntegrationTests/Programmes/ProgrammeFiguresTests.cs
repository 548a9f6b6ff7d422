using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using Sujuva.IntegrationTests.Improvements;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Platform.Jobs;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// The programme figures (issue 16, item 8) from two enrolments whose sessions are marked on a known clock: attendance and
/// no-show rates of the sessions due, the weekly P chart's p and n, days from enrolment to the first attended session,
/// session CSAT from answers given through the links mailed after sessions, the modes, and an improvement measuring the
/// no-show rate and session CSAT charting the same weekly points.
/// </summary>
public sealed partial class ProgrammeFiguresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record AttendanceDto(int Due, int Attended, int NoShows, int LateCancellations, double? AttendanceRate, double? NoShowRate,
        int CsatAnswers, double? SessionCsat);
    public sealed record ClientsDto(int FirstSessions, double? MedianDaysToFirstSession, int Clients, double? MedianSessionsPerClient,
        double? MeanSessionsPerClient);
    public sealed record PointDto(DateOnly Start, int Answers, double Value, double Centre, double? Lower, double? Upper, bool Signal);
    public sealed record FigureChartDto(List<PointDto> Points, bool Monthly);
    public sealed record RowDto(Guid TemplateId, string Name, AttendanceDto Attendance, ClientsDto Clients);
    public sealed record ModeDto(string Mode, AttendanceDto Attendance);
    public sealed record FiguresDto(Guid ServiceId, Guid? TemplateId, DateOnly From, DateOnly To, AttendanceDto Attendance, ClientsDto Clients,
        FigureChartDto? NoShowChart, FigureChartDto? CsatChart, List<RowDto> Programmes, List<ModeDto> Modes, FigureChartDto? RemoteShareChart);

    private const string Period = "from=2026-03-02&to=2026-04-19";

    /// <summary>
    /// Aino (A) at 10:00 and Bertta (B) at 12:00, four weekly sessions from Monday 23 March, enrolled on 2 March 09:00 UTC.
    /// Week 13: A attended (rated 5), B no-show. Week 14: A's session moved to Tuesday in person, a no-show there; B attended
    /// (rated 2). Week 15: A's cancelled by the service, B cancels 3 hours before (late). Week 16: A attended (rated 4), B's
    /// left unmarked. Due 5: attended 3, no-shows 2.
    /// </summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Figures_OfKnownSessions_RatesWeeklyPointsFirstSessionAndCsat_AndTheImprovementChartsTheSamePoints(string provider)
    {
        using var server = SimpleSmtpServer.Start(LocalPorts.Free());
        await using var app = await SujuvaApp.StartAsync(provider, settings: MailTo(server.Configuration.Port),
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });
        var (_, coach, coaching, template, _, me) = await ArrangeAsync(app);
        var a = await CaseWithAddressAsync(coach, coaching.Id, "Aino", "aino@example.fi");
        var b = await CaseWithAddressAsync(coach, coaching.Id, "Bertta", "bertta@example.fi");
        var enrolledAt = app.Clock.GetUtcNow().UtcDateTime;
        var sa = (await CreatedAsync(await EnrolAsync(coach, a, template, me, Monday))).Sessions;
        var sb = (await CreatedAsync(await EnrolAsync(coach, b, template, me, Monday, at: "12:00"))).Sessions;

        // Monday 23 March 10:30 UTC: both first sessions have begun.
        coach = await AtAsync(app, new DateTime(2026, 3, 23, 10, 30, 0, DateTimeKind.Utc));
        await MarkAsync(coach, sa[0].Id, a, "Attended", sa[0].Version);
        await MarkAsync(coach, sb[0].Id, b, "NoShow", sb[0].Version);
        var moved = await OkJsonAsync(await coach.PostAsJsonAsync($"/api/sessions/{sa[1].Id}/reschedule",
            new { day = "2026-03-31", from = "13:00", to = "14:00", version = sa[1].Version, mode = "InPerson", place = "Kirjasto" }, Ct));
        await RateAsync(app, server, "aino@example.fi", "Etävalmennus 1/4", 5);

        // Tuesday 31 March 10:30 UTC: B's Monday session and A's moved one (13:00 summer time) have begun.
        coach = await AtAsync(app, new DateTime(2026, 3, 31, 10, 30, 0, DateTimeKind.Utc));
        await MarkAsync(coach, moved.GetProperty("id").GetGuid(), a, "NoShow", moved.GetProperty("version").GetInt32());
        await MarkAsync(coach, sb[1].Id, b, "Attended", sb[1].Version);
        await RateAsync(app, server, "bertta@example.fi", "Etävalmennus 2/4", 2);

        // An hour before A's third session: the service cancels it; B says they cannot come, 3 hours ahead (late).
        coach = await AtAsync(app, sa[2].StartUtc.AddHours(-1));
        Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{sa[2].Id}/cancel", new { reason = "CoachAbsent", version = sa[2].Version }, Ct))
            .IsSuccessStatusCode);
        await MarkAsync(coach, sb[2].Id, b, "CancelledByClient", sb[2].Version);

        coach = await AtAsync(app, sb[3].StartUtc.AddMinutes(30));
        await MarkAsync(coach, sa[3].Id, a, "Attended", sa[3].Version);
        await RateAsync(app, server, "aino@example.fi", "Etävalmennus 4/4", 4);

        // Tuesday 21 April: the figures of weeks 10–16, and an improvement measuring the same since 2 March.
        coach = await AtAsync(app, new DateTime(2026, 4, 21, 10, 0, 0, DateTimeKind.Utc));
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var service = await FiguresAsync(coach, $"/api/services/{coaching.Id}/programme-figures?{Period}");
        var ofTemplate = await FiguresAsync(lead, $"/api/programme-templates/{template}/figures?{Period}");
        var improvement = await ImprovementGiven.OkAsync(await lead.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title = "Vähemmän poisjääntejä", scope = new { kind = "Service", serviceId = coaching.Id }, measuredFrom = "2026-03-02",
            measures = new object[]
            {
                new { kind = "NoShowRate", role = "Outcome" }, new { kind = "SessionCsat", role = "Process" },
                new { kind = "NoShowRate", role = "Balancing", scope = new { kind = "Team", teamId = coaching.TeamId } },
            },
        }, Ct), HttpStatusCode.Created);
        var charts = new List<ChartDto>();
        foreach (var m in improvement.Measures)
            charts.Add((await lead.GetFromJsonAsync<ChartDto>($"/api/improvements/{improvement.Id}/chart?measure={m.Id}", Ct))!);

        var firstDays = new[] { (sa[0].StartUtc - enrolledAt).TotalDays, (sb[1].StartUtc - enrolledAt).TotalDays };
        Assert.Equal((Z(3, 23, 8), Z(3, 30, 9)), (sa[0].StartUtc, sb[1].StartUtc));
        var at = service.Attendance;
        Assert.Equal((5, 3, 2, 1, 3), (at.Due, at.Attended, at.NoShows, at.LateCancellations, at.CsatAnswers));
        Assert.Equal(((double?)0.6, (double?)0.4, (double?)(2 / 3.0)), (at.AttendanceRate, at.NoShowRate, at.SessionCsat));
        Assert.Equal((2, 2, (double?)1.5, (double?)1.5), (service.Clients.FirstSessions, service.Clients.Clients, service.Clients.MedianSessionsPerClient,
            service.Clients.MeanSessionsPerClient));
        Assert.Equal(firstDays.Average(), service.Clients.MedianDaysToFirstSession!.Value, 4);
        Assert.Equal(24.479, service.Clients.MedianDaysToFirstSession!.Value, 3);
        Assert.Equal([(new DateOnly(2026, 3, 23), 2, 0.5), (new DateOnly(2026, 3, 30), 2, 0.5), (new DateOnly(2026, 4, 13), 1, 0.0)],
            service.NoShowChart!.Points.Select(p => (p.Start, p.Answers, p.Value)));
        Assert.All(service.NoShowChart.Points, p => Assert.Equal(0.4, p.Centre, 9));
        Assert.Equal([(new DateOnly(2026, 3, 23), 2, 1.0), (new DateOnly(2026, 3, 30), 2, 0.5), (new DateOnly(2026, 4, 13), 1, 1.0)],
            service.RemoteShareChart!.Points.Select(p => (p.Start, p.Answers, p.Value)));
        Assert.True(service.CsatChart!.Monthly);
        Assert.Equal([(new DateOnly(2026, 3, 1), 2, 0.5), (new DateOnly(2026, 4, 1), 1, 1.0)],
            service.CsatChart.Points.Select(p => (p.Start, p.Answers, p.Value)));
        Assert.Equal([("Remote", 4, 3, 1), ("InPerson", 1, 0, 1)],
            service.Modes.Select(m => (m.Mode, m.Attendance.Due, m.Attendance.Attended, m.Attendance.NoShows)));
        Assert.Equal((3, (double?)(2 / 3.0)), (service.Modes[0].Attendance.CsatAnswers, service.Modes[0].Attendance.SessionCsat));
        var row = Assert.Single(service.Programmes);
        Assert.Equal((template, "Etävalmennus"), (row.TemplateId, row.Name));
        Assert.Equal(service.Attendance, row.Attendance);
        Assert.Equal(service.Attendance, ofTemplate.Attendance);
        Assert.Equal(service.Clients, ofTemplate.Clients);
        Assert.Equal((template, new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 19)), (ofTemplate.TemplateId!.Value, ofTemplate.From, ofTemplate.To));

        Assert.Equal([("NoShowRate", "P", "Lower", "share"), ("SessionCsat", "P", "Higher", "share"), ("NoShowRate", "P", "Lower", "share")],
            improvement.Measures.Select(m => (m.Kind, m.Chart, m.Better, m.Unit)));
        Assert.Equal([("2026-W13", 0.5, 2), ("2026-W14", 0.5, 2), ("2026-W16", 0.0, 1)], charts[0].Points.Select(p => (p.X, p.Y, p.N!.Value)));
        Assert.Equal(charts[0].Points.Select(p => (p.X, p.Y, p.N)), charts[2].Points.Select(p => (p.X, p.Y, p.N)));
        Assert.Equal([("2026-W13", 1.0, 1), ("2026-W14", 0.0, 1), ("2026-W16", 1.0, 1)], charts[1].Points.Select(p => (p.X, p.Y, p.N!.Value)));
        Assert.Equal(service.NoShowChart.Points.Select(p => (p.Value, p.Answers)), charts[0].Points.Select(p => (p.Y, p.N!.Value)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Figures_BadPeriodNamesTheField_UnknownOrAnotherTeamsIds404_AndNoFiguresWithoutSessions(string provider)
    {
        await using var app = await StartAsync(provider);
        var (lead, coach, coaching, template, _, _) = await ArrangeAsync(app);
        var outsider = await app.SignInAsync(FixtureNetwork.Instructor);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var (byService, byTemplate) = ($"/api/services/{coaching.Id}/programme-figures", $"/api/programme-templates/{template}/figures");

        var empty = await FiguresAsync(coach, byService);
        var managers = await manager.GetAsync(byTemplate, Ct);
        await ProblemAssert.NamesFieldsAsync(
        [
            ("400 from", await coach.GetAsync($"{byService}?from=2026-03-02&to=2026-03-01", Ct)),
            ("400 from", await coach.GetAsync($"{byTemplate}?from=2026-02-30", Ct)),
            ("400 to", await lead.GetAsync($"{byTemplate}?to=tomorrow", Ct)),
            ("404 serviceId", await coach.GetAsync($"/api/services/{Guid.NewGuid()}/programme-figures", Ct)),
            ("404 templateId", await coach.GetAsync($"/api/programme-templates/{Guid.NewGuid()}/figures", Ct)),
            ("404 serviceId", await outsider.GetAsync(byService, Ct)),
            ("404 templateId", await outsider.GetAsync(byTemplate, Ct)),
        ], Ct);

        Assert.Equal(HttpStatusCode.OK, managers.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(byService, Ct)).StatusCode);
        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2026, 3, 2)), (empty.From, empty.To));
        Assert.Equal(new AttendanceDto(0, 0, 0, 0, null, null, 0, null), empty.Attendance);
        Assert.Equal(new ClientsDto(0, null, 0, null, null), empty.Clients);
        Assert.Null(empty.NoShowChart);
        Assert.Empty(empty.Modes);
        Assert.Equal(template, Assert.Single(empty.Programmes).TemplateId);
    }

    private static async Task<FiguresDto> FiguresAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<FiguresDto>(body, JsonSerializerOptions.Web)!;
    }

    /// <summary>Moves the clock and signs the coach in again (a sign-in does not outlive a jump of weeks).</summary>
    private static async Task<HttpClient> AtAsync(SujuvaApp app, DateTime utc)
    {
        app.Clock.SetUtcNow(new DateTimeOffset(utc));
        return await app.SignInAsync(FixtureNetwork.Coach);
    }

    private static async Task MarkAsync(HttpClient coach, Guid sessionId, Guid caseId, string attendance, int version) =>
        await OkJsonAsync(await coach.PostAsJsonAsync($"/api/sessions/{sessionId}/attendance", new { caseId, attendance, version }, Ct));

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Runs the due jobs, takes the feedback link mailed to the client after the session, and answers it now.</summary>
    private static async Task RateAsync(SujuvaApp app, SimpleSmtpServer server, string to, string label, int rating)
    {
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);
        var subject = $"Miten meni? {label}";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        MimeMessage? mail = null;
        while (mail is null && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            foreach (var m in server.ReceivedEmail)
            {
                var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)), Ct);
                if (message.Subject == subject && message.To.Mailboxes.Single().Address == to) mail = message;
            }
            if (mail is null) await Task.Delay(20, Ct);
        }
        Assert.True(mail is not null, $"no mail \"{subject}\" to {to}");
        var token = FeedbackLink().Match(mail.TextBody ?? "").Groups[1].Value;
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync($"/api/feedback/public/{token}", new { rating }, Ct)).StatusCode);
    }

    [GeneratedRegex(@"https://\S+/f/([A-Za-z0-9_-]{43})")]
    private static partial Regex FeedbackLink();
}
