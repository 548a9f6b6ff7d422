using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// Sessions change after enrolment (issue 16, item 3): the service cancels one with a reason, or moves it to a new
/// instance while the old keeps its history; both stay in the coach's feed as cancelled, both are in the case's log,
/// and the board card shows the next session and a missed one.
/// </summary>
public sealed class SessionChangeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record SeatDto(Guid CaseId, string ClientPseudonym, string Attendance, bool Late, int? Minutes);
    public sealed record CoachSessionDto(Guid Id, int Number, DateTime StartUtc, DateTime EndUtc, string Mode, string? Place, string? VideoLink,
        string Status, string? CancelReason, Guid? MovedToId, Guid? MovedFromId, int Sequence, int Version, List<SeatDto> Seats);

    private static async Task<CoachSessionDto> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<CoachSessionDto>(Ct))!;
    }

    private static DateTime Z(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancel_ByTheService_KeepsItCancelledWithItsReason_InTheLogAndTheFeed(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        var second = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions[1];
        var before = await Given.LastEventIdAsync(coach);

        var cancelled = await OkAsync(await coach.PostAsJsonAsync($"/api/sessions/{second.Id}/cancel",
            new { reason = "CoachAbsent", version = second.Version }, Ct));
        var again = await coach.PostAsJsonAsync($"/api/sessions/{second.Id}/cancel", new { reason = "Other", version = cancelled.Version }, Ct);
        var logged = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        var feed = await FeedAsync(app, coach);

        Assert.Equal(("CancelledByService", "CoachAbsent", 1), (cancelled.Status, cancelled.CancelReason, cancelled.Sequence));
        Assert.Equal("Expected", Assert.Single(cancelled.Seats).Attendance);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(("SessionCancelled", cases[0], "CoachAbsent"), (logged.Type, logged.CaseId, logged.Payload.GetProperty("reason").GetString()));
        var inFeed = Assert.Single(feed.Events, e => e.DtStart!.AsUtc == Z(3, 30, 7));
        Assert.Equal(("CANCELLED", 1), (inFeed.Status, inFeed.Sequence));
        Assert.Equal(4, feed.Events.Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reschedule_MakesANewInstance_TheOldKeepsItsHistory_AndBadInputIsNamedByField(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        var sessions = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions;
        var (second, third) = (sessions[1], sessions[2]);
        var before = await Given.LastEventIdAsync(coach);
        Task<HttpResponseMessage> Move(Guid id, object body) => coach.PostAsJsonAsync($"/api/sessions/{id}/reschedule", body, Ct);

        // Tuesday 31 March 13:00-14:00 summer time, in person at the library.
        var moved = await OkAsync(await Move(second.Id,
            new { day = "2026-03-31", from = "13:00", to = "14:00", version = second.Version, mode = "InPerson", place = "Kirjasto" }));
        var after = Assert.Single((await coach.GetFromJsonAsync<List<EnrolmentDto>>($"/api/cases/{cases[0]}/programmes", Ct))!);
        var logged = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        var feed = await FeedAsync(app, coach);
        var outsider = await app.SignInAsync(FixtureNetwork.Instructor);
        (string, HttpResponseMessage)[] refused =
        [
            ("422 sessionId", await Move(second.Id, new { day = "2026-04-01", from = "10:00", to = "11:00", version = second.Version + 1 })),
            ("409 day", await Move(third.Id, new { day = "2026-03-23", from = "10:30", to = "11:30", version = third.Version })),
            ("422 day", await Move(third.Id, new { day = "2026-03-01", from = "10:00", to = "11:00", version = third.Version })),
            ("400 to", await Move(third.Id, new { day = "2026-04-08", from = "11:00", to = "10:00", version = third.Version })),
            ("400 place", await Move(third.Id, new { day = "2026-04-08", from = "10:00", to = "11:00", version = third.Version, mode = "InPerson" })),
            ("400 videoLink", await Move(third.Id, new { day = "2026-04-08", from = "10:00", to = "11:00", version = third.Version, videoLink = "http://x.fi" })),
            ("409 version", await Move(third.Id, new { day = "2026-04-08", from = "10:00", to = "11:00", version = third.Version + 5 })),
            ("404 sessionId", await Move(Guid.NewGuid(), new { day = "2026-04-08", from = "10:00", to = "11:00", version = 1 })),
            ("403 sessionId", await outsider.PostAsJsonAsync($"/api/sessions/{third.Id}/reschedule",
                new { day = "2026-04-08", from = "10:00", to = "11:00", version = third.Version }, Ct)),
        ];

        Assert.NotEqual(second.Id, moved.Id);
        Assert.Equal((Z(3, 31, 10), Z(3, 31, 11), "InPerson", "Kirjasto", "Scheduled", second.Id),
            (moved.StartUtc, moved.EndUtc, moved.Mode, moved.Place, moved.Status, moved.MovedFromId));
        Assert.Equal(cases[0], Assert.Single(moved.Seats).CaseId);
        var old = Assert.Single(after.Sessions, s => s.Id == second.Id);
        Assert.Equal(("Rescheduled", 1), (old.Status, old.Sequence));
        Assert.Equal(5, after.Sessions.Count);
        Assert.Equal(("SessionRescheduled", moved.Id), (logged.Type, logged.Payload.GetProperty("newSessionId").GetGuid()));
        Assert.Equal("CANCELLED", Assert.Single(feed.Events, e => e.DtStart!.AsUtc == Z(3, 30, 7)).Status);
        Assert.Equal("Kirjasto", Assert.Single(feed.Events, e => e.DtStart!.AsUtc == Z(3, 31, 10)).Location);
        await ProblemAssert.NamesFieldsAsync(refused, Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task BoardCard_ShowsTheNextSession_AndANoShowAtTheLastOne(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, coaching, template, cases, me) = await ArrangeAsync(app);
        var first = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions[0];
        var card = await CardAsync(coach, coaching.Id, cases[0]);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 9, 30, 0, TimeSpan.Zero));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{first.Id}/attendance",
            new { caseId = cases[0], attendance = "NoShow", version = first.Version }, Ct)).IsSuccessStatusCode);
        var missed = await CardAsync(coach, coaching.Id, cases[0]);
        var other = await CardAsync(coach, coaching.Id, cases[1]);

        Assert.Equal((Z(3, 23, 8), "Remote", false), (card.GetProperty("nextStartUtc").GetDateTime(), card.GetProperty("nextMode").GetString(),
            card.GetProperty("missedLast").GetBoolean()));
        Assert.Equal((Z(3, 30, 7), true), (missed.GetProperty("nextStartUtc").GetDateTime(), missed.GetProperty("missedLast").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, other.ValueKind);
    }

    private static async Task<JsonElement> CardAsync(HttpClient client, Guid serviceId, Guid caseId)
    {
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/board", Ct);
        return board.GetProperty("columns").EnumerateArray().SelectMany(c => c.GetProperty("cards").EnumerateArray())
            .Single(c => c.GetProperty("caseId").GetGuid() == caseId).GetProperty("session");
    }

    private static async Task<Ical.Net.Calendar> FeedAsync(SujuvaApp app, HttpClient worker)
    {
        var link = await worker.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed", Ct);
        var body = await app.Anonymous().GetStringAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery, Ct);
        return Ical.Net.Calendar.Load(body)!;
    }
}
