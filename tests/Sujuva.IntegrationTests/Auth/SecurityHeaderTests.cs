using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Every response carries the hardening headers: pages, the API, refusals.</summary>
public sealed class SecurityHeaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/services")]
    [InlineData("/health")]
    public async Task Response_AnyPath_CarriesSecurityHeaders(string path)
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);

        var response = await app.Anonymous().GetAsync(path, Ct);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    /// <summary>Issue 12: personal data is never cached; the app's own scripts and styles may be.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SignedInResponses_AreNoStore_StaticAssetsStayCacheable(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var board = await coach.GetAsync($"/api/services/{service.Id}/board", Ct);
        var refused = await coach.GetAsync($"/api/cases/{Guid.NewGuid()}", Ct);
        var style = await app.Anonymous().GetAsync("/app.css", Ct);

        Assert.True(board.Headers.CacheControl?.NoStore);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.NotEqual(true, style.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);

        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task LoginPage_Form_CarriesAnAntiforgeryTokenAndLogoutRefusesAPostWithoutOne()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);
        var http = app.Anonymous();

        var page = await http.GetStringAsync("/login", Ct);
        var logout = await http.PostAsync("/logout", new FormUrlEncodedContent([]), Ct);

        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
    }
}
