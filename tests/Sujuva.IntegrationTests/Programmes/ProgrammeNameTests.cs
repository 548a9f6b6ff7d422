using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// A programme's name, entered in Finnish and optionally in Swedish and English, shows in the reader's language, else
/// in Finnish: in the template, the enrolment, the worker's week and the calendar feed (whose link carries the
/// language it was made in, since calendar apps send none). An enrolled programme keeps the names it was enrolled with.
/// </summary>
public sealed class ProgrammeNameTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Programme_NamedInThreeLanguages_ShowsInTheReadersLanguage_AndTheFeedInItsLinksLanguage(string provider)
    {
        await using var app = await ProgrammeGiven.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coaching = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);
        var created = await lead.PostAsJsonAsync("/api/programme-templates", new
        {
            serviceId = coaching.Id, name = "Etävalmennus", nameSv = "Distanscoachning", nameEn = "  ", rhythm = new { kind = "Weekly" },
            sessions = Enumerable.Range(1, 2).Select(i => new { topic = $"Aihe {i}", minutes = 60, mode = "Remote" }),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("Etävalmennus", "Distanscoachning", JsonValueKind.Null),
            (template.GetProperty("name").GetString(), template.GetProperty("nameSv").GetString(), template.GetProperty("nameEn").ValueKind));

        var me = await ProgrammeGiven.MeAsync(lead);
        var caseId = (await ProgrammeGiven.OpenCasesAsync(lead, coaching.Id))[0];
        var enrolment = await ProgrammeGiven.CreatedAsync(
            await ProgrammeGiven.EnrolAsync(lead, caseId, template.GetProperty("id").GetGuid(), me, ProgrammeGiven.Monday));

        // The template is renamed later: the running programme keeps the names it was enrolled with.
        var renamed = await lead.PutAsJsonAsync($"/api/programme-templates/{template.GetProperty("id").GetGuid()}", new
        {
            serviceId = coaching.Id, name = "Uusi nimi", nameSv = "Nytt namn", rhythm = new { kind = "Weekly" }, version = 1,
            sessions = Enumerable.Range(1, 2).Select(i => new { topic = $"Aihe {i}", minutes = 60, mode = "Remote" }),
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        Assert.Equal("Etävalmennus", await EnrolmentNameAsync(lead, caseId, enrolment.Id, "fi"));
        Assert.Equal("Distanscoachning", await EnrolmentNameAsync(lead, caseId, enrolment.Id, "sv"));
        Assert.Equal("Etävalmennus", await EnrolmentNameAsync(lead, caseId, enrolment.Id, "en"));

        var finnish = await FeedAsync(app, lead, "fi");
        var swedish = await FeedAsync(app, lead, "sv");
        Assert.DoesNotContain("?lang=", finnish.Link, StringComparison.Ordinal);
        Assert.EndsWith(".ics?lang=sv", swedish.Link, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Etävalmennus 1/2", finnish.Body, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Distanscoachning 1/2", swedish.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Etävalmennus", swedish.Body, StringComparison.Ordinal);
        // Served again from the cache, each language stays its own.
        Assert.Equal(finnish.Body, (await FeedAsync(app, lead, "fi")).Body);
        Assert.Equal(swedish.Body, (await FeedAsync(app, lead, "sv")).Body);
    }

    private static async Task<string> EnrolmentNameAsync(HttpClient client, Guid caseId, Guid enrolmentId, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/programmes");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enrolments = await response.Content.ReadFromJsonAsync<List<ProgrammeGiven.EnrolmentDto>>(Ct);
        return enrolments!.Single(e => e.Id == enrolmentId).ProgrammeName;
    }

    /// <summary>The signed-in user's feed link asked in a language, and the feed as a calendar app reads it (no language, no cookie).</summary>
    private static async Task<(string Link, string Body)> FeedAsync(SujuvaApp app, HttpClient client, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/calendar-feed");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var link = (await (await client.SendAsync(request, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;
        var body = await app.Anonymous().GetStringAsync(new Uri(link).PathAndQuery, Ct);
        return (link, body);
    }
}
