using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.EndToEndTests;

/// <summary>The audit log's personal-data reads of one case's client, as the administrator sees them.</summary>
public static class BoardNamesAudit
{
    /// <param name="field">Only reads that include this field (e.g. FirstName for names, ReferralReason for referral texts).</param>
    public static async Task<int> ReadsAsync(Uri baseAddress, Guid caseId, string source, string? field = null)
    {
        using var admin = await BoardApi.SignedInAsync(baseAddress, ApiGiven.Administrator);
        var ct = TestContext.Current.CancellationToken;
        var @case = await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}", ct);
        var clientId = @case.GetProperty("clientId").GetGuid();
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?clientId={clientId}&pageSize=500", ct);
        return audit.GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("source").GetString() == source
                && (field is null || e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == field)));
    }
}
