using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Clients;

/// <summary>Steps of taking a client in, through the API.</summary>
public static class ClientIntakeGiven
{
    /// <summary>Valid codes (check characters computed by the rule of FinnishIdentityCode).</summary>
    public const string Code1985 = "010185-123B";
    public const string Code1990 = "020290-3458";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Registers Saara Salo with the code and opens her case in the coaching service.</summary>
    public static async Task<RegisteredDto> SaaraInCoachingAsync(HttpClient coach, string code = Code1985)
    {
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var response = await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Saara", lastName = "Salo", identityCode = code, language = "sv", serviceId = coaching.Id }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisteredDto>(Ct))!;
    }

    public static async Task<List<ClientHitDto>> SearchAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/api/clients/search", new { query }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<ClientHitDto>>(Ct))!;
    }

    public static async Task<DuplicateDto> CheckAsync(HttpClient client, string identityCode)
    {
        var response = await client.PostAsJsonAsync("/api/clients/duplicate-check", new { identityCode }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DuplicateDto>(Ct))!;
    }

    public static async Task<CaseDto> ClosedAsync(HttpClient coach, Guid caseId)
    {
        var current = await Given.CaseAsync(coach, caseId);
        var response = await coach.PostAsJsonAsync($"/api/cases/{caseId}/close",
            new { outcome = "Employed", version = current.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!;
    }
}
