using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class PlatformTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Health_DatabaseUp_Returns200(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);

        var response = await app.Anonymous().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenApiAndScalar_Anonymous_AreServed(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);
        var http = app.Anonymous();

        var document = await http.GetStringAsync("/openapi/v1.json", Ct);
        var scalar = await http.GetAsync("/scalar/", Ct);

        Assert.Contains("/api/cases/{caseId}/moves", document, StringComparison.Ordinal);
        Assert.Contains("/api/improvements/{improvementId}/chart", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Login_DemoUser_ReturnsBearerTokenThatOpensTheApi(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var http = app.Anonymous();

        var response = await http.PostAsJsonAsync("/api/auth/login",
            new { email = FixtureNetwork.Email(FixtureNetwork.Lead), password = FixtureNetwork.Password }, Ct);
        var token = await response.Content.ReadFromJsonAsync<TokenDto>(Ct);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
        var me = await http.GetFromJsonAsync<MeDto>("/api/auth/me", Ct);

        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(["TeamLead"], me!.Roles);
        Assert.Single(me.Teams);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Login_WrongPassword_Returns401Problem(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);

        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login",
            new { email = FixtureNetwork.Email(FixtureNetwork.Coach), password = "wrong" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("password", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Api_WithoutSignIn_Returns401(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);

        var response = await app.Anonymous().GetAsync("/api/services", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Api_MalformedJson_Returns400WithoutStackTrace(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsync($"/api/cases/{@case.Id}/moves",
            new StringContent("{\"stageId\": ", System.Text.Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("stageId", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Sujuva", body, StringComparison.Ordinal);
    }

    private sealed record TokenDto(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private sealed record MeDto(Guid Id, List<string> Roles, List<Guid> Teams);
}
