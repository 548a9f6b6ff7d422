using System.Net;
using System.Net.Http.Headers;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

/// <summary>A browser that meets an error reads a page in its language; API clients keep problem+json.</summary>
public sealed class BrowserErrorPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task UnknownAddress_FromABrowser_IsAPageInItsLanguage(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);
        var browser = app.Anonymous();

        var finnish = await GetAsHtmlAsync(browser, "/no-such-page", "fi-FI,fi;q=0.9");
        var swedish = await GetAsHtmlAsync(browser, "/no-such-page", "sv-FI,sv;q=0.9");

        Assert.Equal(HttpStatusCode.NotFound, finnish.StatusCode);
        Assert.Equal("text/html", finnish.Content.Headers.ContentType?.MediaType);
        var page = await finnish.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Ei löytynyt</h1>", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"fi\"", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Hittades inte</h1>", await swedish.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task RefusedApiRead_FromABrowser_IsAPage_AndFromAClient_IsProblemJson(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var path = $"/api/clients/{Guid.NewGuid()}";

        var asPage = await GetAsHtmlAsync(coach, path, "en-GB");
        var asJson = await coach.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, asPage.StatusCode);
        Assert.Equal("text/html", asPage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not found</h1>", await asPage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asJson.StatusCode);
        Assert.Equal("application/problem+json", asJson.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> GetAsHtmlAsync(HttpClient client, string path, string languages)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.AcceptLanguage.ParseAdd(languages);
        return client.SendAsync(request, Ct);
    }
}
