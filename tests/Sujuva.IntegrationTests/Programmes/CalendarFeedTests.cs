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
/// by programme and number only, never the client's name, and 304 when nothing changed.
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
}
