using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sujuva.IntegrationTests.Infrastructure;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// The client's own page and feed (issue 16, items 4 and 6): the team hands out one address (with a QR code) that shows
/// the client's sessions without any name, lets them say "I cannot come" with a plain form (recorded as a late client
/// cancellation with the client as actor), carries their calendar feed, and stops at once when regenerated.
/// </summary>
public sealed partial class ClientPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record LinkDto(string PageUrl, string PageQrSvg, string FeedUrl, string FeedWebcal);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OwnPage_ShowsTheSessionsWithoutNames_CancelsByPlainForm_AndItsFeedFollows(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        var sessions = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions;
        var caseDto = await Given.CaseAsync(coach, cases[0]);
        var client = await coach.GetFromJsonAsync<JsonElement>($"/api/clients/{caseDto.ClientId}", Ct);
        // Sunday evening: the Monday session is under 24 hours ahead, so cancelling it is late.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 22, 18, 0, 0, TimeSpan.Zero));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var link = (await coach.GetFromJsonAsync<LinkDto>($"/api/cases/{cases[0]}/client-link", Ct))!;
        var same = (await coach.GetFromJsonAsync<LinkDto>($"/api/cases/{cases[0]}/client-link", Ct))!;
        var before = await Given.LastEventIdAsync(coach);

        var phone = app.Anonymous();
        var page = await phone.GetStringAsync(new Uri(link.PageUrl).PathAndQuery, Ct);
        var shown = WebUtility.HtmlDecode(page);
        var cancelled = await phone.PostAsync(new Uri(link.PageUrl).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"cannot-come-{sessions[0].Id:N}", ["__RequestVerificationToken"] = Antiforgery().Match(page).Groups[1].Value,
        }), Ct);
        var after = await cancelled.Content.ReadAsStringAsync(Ct);
        var logged = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        var feed = Ical.Net.Calendar.Load(await phone.GetStringAsync(new Uri(link.FeedUrl).PathAndQuery, Ct))!;
        var renewed = (await (await coach.PostAsync($"/api/cases/{cases[0]}/client-link/regenerate", null, Ct)).Content
            .ReadFromJsonAsync<LinkDto>(Ct))!;
        var oldPage = await phone.GetStringAsync(new Uri(link.PageUrl).PathAndQuery, Ct);
        var oldFeed = await phone.GetAsync(new Uri(link.FeedUrl).PathAndQuery, Ct);

        Assert.Equal(link, same);
        Assert.Contains("<svg", link.PageQrSvg, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(page, "class=\"client-session[ \"]"));
        Assert.Contains("Etävalmennus 1/4: Aihe 1", shown, StringComparison.Ordinal);
        foreach (var field in new[] { "firstName", "lastName", "email", "phone" })
            if (client.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } text)
                Assert.DoesNotContain(text, shown, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(3, Regex.Count(after, "class=\"client-cancel\""));
        Assert.Equal(("SessionAttendanceMarked", "CancelledByClient", true), (logged.Type,
            logged.Payload.GetProperty("attendance").GetString(), logged.Payload.GetProperty("late").GetBoolean()));
        Assert.Equal("CANCELLED", feed.Events.Single(e => e.Summary == "Etävalmennus 1/4").Status);
        Assert.Equal(4, feed.Events.Count);
        Assert.NotEqual(link.PageUrl, renewed.PageUrl);
        Assert.DoesNotContain("client-session", oldPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, oldFeed.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ClientLink_IsForTheTeamWorkingTheCase(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, _, _, _, cases, _) = await ArrangeAsync(app);
        var outsider = await app.SignInAsync(FixtureNetwork.Instructor);

        var refused = await outsider.GetAsync($"/api/cases/{cases[0]}/client-link", Ct);

        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, refused.StatusCode.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
