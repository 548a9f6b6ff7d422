using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>
/// Issue 12, decision 0003: the API changes nothing on the strength of the sign-in cookie, which a browser
/// attaches to another site's form post; a bearer token is required. The cookie still opens GET links.
/// </summary>
public sealed partial class CrossSiteRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CookieFormPost_ToTwoFactorEnrolment_IsRefused(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var browser = await SignInToPagesAsync(app, FixtureNetwork.Coach);

        var response = await browser.SendAsync(CrossSiteForm("/api/account/two-factor/enrol"), Ct);

        // Before the fix: 200 with a new authenticator key, replacing the account's.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CookieFormPost_ToMoveACase_IsRefusedAndChangesNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var browser = await SignInToPagesAsync(app, FixtureNetwork.Coach);

        var request = CrossSiteForm($"/api/cases/{@case.Id}/moves");
        request.Content = JsonContent.Create(new { stageId = service.Stages[2].Id, version = @case.Version });
        var response = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(@case.Version, (await Given.CaseAsync(coach, @case.Id)).Version);
    }

    /// <summary>The other direction: the cookie opens the app's GET links, and a bearer token changes things.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CookieGetAndBearerPost_StillWork(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var browser = await SignInToPagesAsync(app, FixtureNetwork.Coach);

        var read = await browser.GetAsync($"/api/cases/{@case.Id}", Ct);
        var moved = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    /// <summary>What a page on another site sends: a form post with its own origin; the browser adds the cookie.</summary>
    private static HttpRequestMessage CrossSiteForm(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
        };
        request.Headers.Add("Origin", "https://evil.example");
        return request;
    }

    /// <summary>Signs in through the sign-in page, as a person does: the client keeps the cookie.</summary>
    private static async Task<HttpClient> SignInToPagesAsync(SujuvaApp app, string workerKey)
    {
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/login", Ct);
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = AntiforgeryField().Match(form).Groups[1].Value,
            ["Input.Email"] = FixtureNetwork.Email(workerKey), ["Input.Password"] = FixtureNetwork.Password,
        }), Ct);
        Assert.True(response.IsSuccessStatusCode, $"signing in to the pages: {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me", Ct)).StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
