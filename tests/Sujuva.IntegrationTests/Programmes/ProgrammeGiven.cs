using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// The programme tests' common ground, on a clock standing at Monday 2 March 2026 09:00 UTC: the coaching team's
/// lead and coach, a four-session weekly template (or a group of two), the service's open cases, enrolling.
/// </summary>
public static class ProgrammeGiven
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly DateOnly Monday = new(2026, 3, 23);

    public sealed record SessionDto(Guid Id, int Number, int Count, string Topic, DateTime StartUtc, DateTime EndUtc, string Status, string Attendance,
        int? Minutes, int Sequence, int Version);
    public sealed record EnrolmentDto(Guid Id, Guid TemplateId, int TemplateVersion, string ProgrammeName, List<SessionDto> Sessions);

    public static Task<SujuvaApp> StartAsync(string provider) => SujuvaApp.StartAsync(provider,
        clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });

    public static async Task<Guid> TemplateAsync(HttpClient lead, Guid serviceId, bool group = false) =>
        (await (await lead.PostAsJsonAsync("/api/programme-templates", new
        {
            serviceId, name = group ? "Ryhmävalmennus" : "Etävalmennus", rhythm = new { kind = "Weekly" }, group, capacity = group ? 2 : (int?)null,
            sessions = Enumerable.Range(1, 4).Select(i => new { topic = $"Aihe {i}", minutes = 60, mode = "Remote" }),
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

    public static async Task<Guid> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();

    public static async Task<List<Guid>> OpenCasesAsync(HttpClient client, Guid serviceId) =>
        [.. (await Given.BoardAsync(client, serviceId)).Columns.SelectMany(c => c.Cards).Select(c => c.CaseId)];

    public static Task<HttpResponseMessage> EnrolAsync(HttpClient client, Guid caseId, Guid templateId, Guid coachId,
        DateOnly startsOn, bool moveOnClash = false, string at = "10:00") =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/programmes", new { templateId, coachId, startsOn, at, moveOnClash }, Ct);

    public static async Task<EnrolmentDto> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<EnrolmentDto>(Ct))!;
    }

    /// <summary>The coaching team's lead and coach, their service, a four-session weekly template (or a group of two), its open cases and the coach's id.</summary>
    public sealed record Arranged(HttpClient Lead, HttpClient Coach, ServiceDto Coaching, Guid Template, List<Guid> Cases, Guid Me);

    public static async Task<Arranged> ArrangeAsync(SujuvaApp app, bool group = false)
    {
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        return new(lead, coach, coaching, await TemplateAsync(lead, coaching.Id, group), await OpenCasesAsync(coach, coaching.Id), await MeAsync(coach));
    }

    /// <summary>Mail through the local SMTP server a test started, with links to the app at a public address.</summary>
    public static Dictionary<string, string> MailTo(int port) => new()
    {
        ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None", ["Mail:PublicUrl"] = "https://sujuva.kunta.example",
    };

    /// <summary>A new client with an e-mail address (so session mails reach them) and their case in the service.</summary>
    public static async Task<Guid> CaseWithAddressAsync(HttpClient worker, Guid serviceId, string firstName, string email)
    {
        var client = (await (await worker.PostAsJsonAsync("/api/clients",
            new { firstName, lastName = "Asiakas", email, language = "fi" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return (await (await worker.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public static DateTime Z(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);
}
