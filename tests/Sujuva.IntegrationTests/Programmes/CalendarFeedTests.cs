using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// A worker's calendar feed (issue 16, item 4): the same private address each time until regenerated (then the old
/// one answers 404 at once), served to a calendar app without sign-in as text/calendar, one event per session named
/// by programme and number only, never the client's name, and 304 when nothing changed. A feed served again unchanged
/// is the same bytes, and a change saved anywhere, even through another app instance, is in the next read.
/// </summary>
public sealed class CalendarFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record FeedLinkDto(string Url, string Webcal);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task WorkerFeed_ServesTheirSessionsWithoutNames_KeepsItsAddress_AndARegeneratedOneRevokesTheOld(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider,
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var template = (await (await lead.PostAsJsonAsync("/api/programme-templates", new
        {
            serviceId = coaching.Id, name = "Etävalmennus", rhythm = new { kind = "Weekly" },
            sessions = Enumerable.Range(1, 4).Select(i => new { topic = $"Aihe {i}", minutes = 60, mode = "Remote", videoLink = "https://video.example.fi/v" }),
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var caseId = (await Given.BoardAsync(coach, coaching.Id)).Columns.SelectMany(c => c.Cards).First().CaseId;
        var me = (await coach.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();
        Assert.True((await coach.PostAsJsonAsync($"/api/cases/{caseId}/programmes",
            new { templateId = template, coachId = me, startsOn = "2026-03-23", at = "10:00" }, Ct)).IsSuccessStatusCode);
        var client = await coach.GetFromJsonAsync<JsonElement>($"/api/clients/{(await Given.CaseAsync(coach, caseId)).ClientId}", Ct);

        var link = (await coach.GetFromJsonAsync<FeedLinkDto>("/api/me/calendar-feed", Ct))!;
        var again = (await coach.GetFromJsonAsync<FeedLinkDto>("/api/me/calendar-feed", Ct))!;
        var anonymous = app.Anonymous();
        var feed = await anonymous.GetAsync(new Uri(link.Url).PathAndQuery, Ct);
        var body = await feed.Content.ReadAsStringAsync(Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(link.Url).PathAndQuery);
        conditional.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(feed.Headers.ETag!.ToString()));
        var unchanged = await anonymous.SendAsync(conditional, Ct);
        var renewed = (await (await coach.PostAsync("/api/me/calendar-feed/regenerate", null, Ct)).Content.ReadFromJsonAsync<FeedLinkDto>(Ct))!;
        var old = await anonymous.GetAsync(new Uri(link.Url).PathAndQuery, Ct);
        var fresh = await anonymous.GetAsync(new Uri(renewed.Url).PathAndQuery, Ct);

        Assert.Equal(link, again);
        Assert.StartsWith("webcal://", link.Webcal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var events = Ical.Net.Calendar.Load(body)!.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(["Etävalmennus 1/4", "Etävalmennus 2/4", "Etävalmennus 3/4", "Etävalmennus 4/4"], events.Select(e => e.Summary));
        foreach (var field in new[] { "firstName", "lastName", "email", "phone" })
            if (client.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } text)
                Assert.DoesNotContain(text, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.NotEqual(link.Url, renewed.Url);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Feed_ReadAgainUnchanged_IsTheSameBytes_AndAChangeThroughAnotherInstanceIsInTheNextRead(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        await using var database = await FreshDatabase.CreateAsync(provider);
        await using var first = await SujuvaApp.StartAsync(provider, database: database, clock: clock);
        await using var second = await SujuvaApp.StartAsync(provider, seedFixture: false, database: database, clock: clock);
        var (_, coach, _, template, cases, me) = await ProgrammeGiven.ArrangeAsync(first);
        var session = (await ProgrammeGiven.CreatedAsync(await ProgrammeGiven.EnrolAsync(coach, cases[0], template, me, ProgrammeGiven.Monday))).Sessions[1];
        var path = new Uri((await coach.GetFromJsonAsync<FeedLinkDto>("/api/me/calendar-feed", Ct))!.Url).PathAndQuery;
        var calendarApp = first.Anonymous();

        var read = await calendarApp.GetAsync(path, Ct);
        var readAgain = await calendarApp.GetAsync(path, Ct);
        var elsewhere = await second.Anonymous().GetAsync(path, Ct);
        var coachElsewhere = await second.SignInAsync(FixtureNetwork.Coach);
        var cancel = await coachElsewhere.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "CoachAbsent", version = session.Version }, Ct);
        var changed = await calendarApp.GetAsync(path, Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(read.Headers.ETag!);
        var revalidated = await calendarApp.SendAsync(conditional, Ct);

        var bytes = await read.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(bytes, await readAgain.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(bytes, await elsewhere.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(read.Headers.ETag, readAgain.Headers.ETag);
        Assert.Equal(read.Headers.ETag, elsewhere.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.NotEqual(read.Headers.ETag, changed.Headers.ETag);
        var events = Ical.Net.Calendar.Load(await changed.Content.ReadAsStringAsync(Ct))!.Events;
        var cancelled = Assert.Single(events, e => e.DtStart!.AsUtc == session.StartUtc);
        Assert.Equal(("CANCELLED", 1), (cancelled.Status, cancelled.Sequence));
        Assert.Equal(4, events.Count);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Equal(changed.Headers.ETag, revalidated.Headers.ETag);
    }
}
