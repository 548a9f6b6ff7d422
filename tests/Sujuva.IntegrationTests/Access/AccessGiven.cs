using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

/// <summary>Steps the access and audit tests share, all through the API.</summary>
public static class AccessGiven
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The fixture's case in Intake (client Ville Virtanen) as the coach sees it.</summary>
    public static async Task<CaseDto> CoachCaseAsync(HttpClient coach) =>
        (await Given.CaseBesideFullStageAsync(coach)).Case;

    public static async Task CloseAsync(HttpClient client, Guid caseId)
    {
        var current = await Given.CaseAsync(client, caseId);
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/close",
            new { outcome = "ReferredOnward", version = current.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<ReferralConsentDto> ReferToRehabAsync(HttpClient coach, Guid caseId)
    {
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var response = await coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = caseId, toServiceId = rehab.Id, reason = "Assessment", clientConsented = true }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReferralConsentDto>(Ct))!;
    }

    /// <summary>Status of GET /api/clients/{id}, and the body when 200.</summary>
    public static async Task<(HttpStatusCode Status, PersonalDto? Client)> ReadClientAsync(HttpClient client, Guid clientId)
    {
        var response = await client.GetAsync($"/api/clients/{clientId}", Ct);
        return (response.StatusCode, response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<PersonalDto>(Ct) : null);
    }

    public static async Task<Guid> IdOfAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<MeDto>("/api/auth/me", Ct))!.Id;

    public static async Task<AuditPageDto> AuditAsync(HttpClient admin, string query = "") =>
        (await admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?pageSize=500{query}", Ct))!;

    public static async Task<List<AuditEntryDto>> ReadsOfAsync(HttpClient admin, Guid clientId) =>
        [.. (await AuditAsync(admin, $"&clientId={clientId}")).Entries.Where(e => e.Kind == "PersonalDataRead")];
}
