using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform.Jobs;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// Mails to a client about their sessions (issue 16, item 5), through a real SMTP server the test starts: the reminder
/// 24 hours before (once, also when it fell due while no app ran, and with two app instances on one PostgreSQL), a
/// notice at once of a near cancellation, and after an attended session the feedback link that works once. Each read
/// of the client's address is audited.
/// </summary>
public sealed partial class SessionMailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client with an address, Finnish-speaking, with a case in the coaching service, enrolled from Monday 23 March.</summary>
    private static async Task<(Guid CaseId, List<SessionDto> Sessions)> EnrolClientWithAddressAsync(SujuvaApp app)
    {
        var (_, coach, coaching, template, _, me) = await ArrangeAsync(app);
        var client = (await (await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Aino", lastName = "Asiakas", email = "aino.asiakas@example.fi", language = "fi" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var caseId = (await (await coach.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId = coaching.Id }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return (caseId, (await CreatedAsync(await EnrolAsync(coach, caseId, template, me, Monday))).Sessions);
    }

    private static Task<int> RunDueAsync(SujuvaApp app) => app.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);

    /// <summary>
    /// The messages received, once there are at least this many: the server files a message a moment after it
    /// accepted it, so the sender may return first. Then a short grace for any extra (a doubled send) to show.
    /// </summary>
    private static async Task<List<MimeMessage>> MessagesAsync(SimpleSmtpServer server, int atLeast)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (server.ReceivedEmailCount < atLeast && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10, Ct);
        await Task.Delay(200, Ct);
        var list = new List<MimeMessage>();
        foreach (var m in server.ReceivedEmail)
            list.Add(await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)), Ct));
        return list;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reminder_OnceADayBefore_NearCancellationAtOnce_AndTheFeedbackLinkWorksOnce(string provider)
    {
        using var server = SimpleSmtpServer.Start(LocalPorts.Free());
        await using var app = await SujuvaApp.StartAsync(provider, settings: MailTo(server.Configuration.Port),
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });
        var (caseId, sessions) = await EnrolClientWithAddressAsync(app);
        await RunDueAsync(app);
        var early = server.ReceivedEmail.Length;

        // Sunday 22 March 08:30 UTC: the Monday 08:00 UTC session is under 24 hours ahead.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 22, 8, 30, 0, TimeSpan.Zero));
        await RunDueAsync(app);
        await RunDueAsync(app);
        var reminders = await MessagesAsync(server, 1);

        // Monday 08:05 UTC: the session has begun; the coach marks the client attended.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 8, 5, 0, TimeSpan.Zero));
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{sessions[0].Id}/attendance",
            new { caseId, attendance = "Attended", version = sessions[0].Version }, Ct)).IsSuccessStatusCode);
        await RunDueAsync(app);
        var afterAttended = await MessagesAsync(server, 2);
        var feedbackMail = afterAttended.FirstOrDefault(m => m.Subject?.StartsWith("Miten", StringComparison.Ordinal) == true)
            ?? throw new Xunit.Sdk.XunitException(string.Join(" | ", afterAttended.Select(m => m.Subject)));
        var token = FeedbackLink().Match(feedbackMail.TextBody ?? "").Groups[1].Value;
        var anonymous = app.Anonymous();
        var first = await anonymous.PostAsJsonAsync($"/api/feedback/public/{token}", new { rating = 5 }, Ct);
        var second = await anonymous.PostAsJsonAsync($"/api/feedback/public/{token}", new { rating = 1 }, Ct);

        // Sunday 29 March 12:00 UTC: the reminder of Monday's session has gone; the service cancels it (near: told at
        // once) and the session after it (far: no notice, and its reminder never goes).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        await RunDueAsync(app);
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        foreach (var number in new[] { 2, 3 })
        {
            var current = (await coach.GetFromJsonAsync<List<EnrolmentDto>>($"/api/cases/{caseId}/programmes", Ct))!.Single().Sessions[number - 1];
            Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{current.Id}/cancel", new { reason = "CoachAbsent", version = current.Version }, Ct))
                .IsSuccessStatusCode);
        }
        await RunDueAsync(app);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.Zero));
        await RunDueAsync(app);
        var all = await MessagesAsync(server, 4);
        await using var scope = app.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<SujuvaDb>().Set<AuditEntry>()
            .Where(a => a.Kind == AuditKind.PersonalDataRead && a.CaseId == new Sujuva.Web.Features.CaseId(caseId) && a.UserId == null)
            .Select(a => a.Detail).ToListAsync(Ct);

        Assert.Equal(0, early);
        var reminder = Assert.Single(reminders);
        Assert.Equal(("aino.asiakas@example.fi", "Muistutus: Etävalmennus 1/4"), (reminder.To.Mailboxes.Single().Address, reminder.Subject));
        Assert.Contains("Etävalmennus 1/4, ma 23.3. 10.00–11.00", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal("Miten meni? Etävalmennus 1/4", feedbackMail.Subject);
        Assert.StartsWith("https://sujuva.kunta.example/f/", FeedbackLink().Match(feedbackMail.TextBody ?? "").Value, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        // Two reminders, the feedback link, the near cancellation's notice; nothing for the far one.
        Assert.Equal(["Miten meni? Etävalmennus 1/4", "Muistutus: Etävalmennus 1/4", "Muistutus: Etävalmennus 2/4", "Peruttu: Etävalmennus 2/4"],
            all.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(["SessionChangeNotice", "SessionFeedbackRequest", "SessionReminder", "SessionReminder"], audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reminder_DueWhileNoAppRan_IsSentOnce_ByTwoInstancesOnOnePostgres()
    {
        using var server = SimpleSmtpServer.Start(LocalPorts.Free());
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        await using var database = await FreshDatabase.CreateAsync(Databases.Postgres);
        await using (var before = await SujuvaApp.StartAsync(Databases.Postgres, settings: MailTo(server.Configuration.Port), database: database, clock: clock))
            await EnrolClientWithAddressAsync(before);

        // While no app runs, the first reminder falls due.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 22, 9, 0, 0, TimeSpan.Zero));
        await using var first = await SujuvaApp.StartAsync(Databases.Postgres, seedFixture: false, settings: MailTo(server.Configuration.Port),
            database: database, clock: clock);
        await using var second = await SujuvaApp.StartAsync(Databases.Postgres, seedFixture: false, settings: MailTo(server.Configuration.Port),
            database: database, clock: clock);
        await Task.WhenAll(RunDueAsync(first), RunDueAsync(second), RunDueAsync(first), RunDueAsync(second));

        Assert.Equal("Muistutus: Etävalmennus 1/4", Assert.Single(await MessagesAsync(server, 1)).Subject);
    }

    [GeneratedRegex(@"https://\S+/f/([A-Za-z0-9_-]{43})")]
    private static partial Regex FeedbackLink();
}
