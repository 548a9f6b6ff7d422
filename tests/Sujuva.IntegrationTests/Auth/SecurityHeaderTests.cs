using System.Net;
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
