using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class ClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_TeamOfTheCase_ReturnsPersonalData(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var client = await coach.GetFromJsonAsync<PersonalDto>($"/api/clients/{@case.ClientId}", Ct);

        Assert.Equal("Virtanen", client!.LastName);
        Assert.Equal(@case.ClientPseudonym, client.Pseudonym);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_OtherOrganisationsWorker_Returns404(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await instructor.GetAsync($"/api/clients/{@case.ClientId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task RegisterClient_MissingLastName_Returns400NamingIt(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.PostAsJsonAsync("/api/clients", new { firstName = "Saara" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lastName", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    private sealed record PersonalDto(Guid Id, string Pseudonym, string FirstName, string LastName);
}
