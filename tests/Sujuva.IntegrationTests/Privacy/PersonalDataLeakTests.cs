using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Privacy;

/// <summary>
/// A full scenario (register, open, move, block, work, refer with consent, accept, export) and then a
/// search for the client's personal data where it must never be: the app's logs at every level, every
/// URL and Location header, the event log, boards, case and referral views, metrics, the audit log and
/// the pseudonymous exports. Only GET /api/clients/{id} may return it.
/// </summary>
public sealed class PersonalDataLeakTests
{
    private static readonly string[] Personal =
        ["Unikko", "Harvinainen", "170399-987S", "unikko.harvinainen@example.fi", "+358401112233", "Ristijärvi"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task FullScenario_PersonalData_NeverInLogsUrlsEventsViewsOrExports(string provider)
    {
        var logs = new CapturedLogs();
        var verbose = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            ["Logging:Console:LogLevel:Default"] = "Warning",
            ["Security:SignInPermitLimit"] = "1000",
        };
        await using var app = await SujuvaApp.StartAsync(provider, settings: verbose,
            web: web => web.ConfigureLogging(l => l.AddProvider(logs)));
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var seen = new List<string>();

        async Task<HttpResponseMessage> Track(Task<HttpResponseMessage> call)
        {
            var response = await call;
            seen.Add(response.RequestMessage!.RequestUri!.ToString());
            if (response.Headers.Location is { } location) seen.Add(location.ToString());
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage.RequestUri}: {(int)response.StatusCode}");
            return response;
        }
        async Task<string> Read(HttpClient client, string url) =>
            await (await Track(client.GetAsync(url, Ct))).Content.ReadAsStringAsync(Ct);

        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var client = await (await Track(coach.PostAsJsonAsync("/api/clients", new
        {
            firstName = Personal[0], lastName = Personal[1], identityCode = Personal[2], email = Personal[3],
            phone = Personal[4], municipality = Personal[5],
        }, Ct))).Content.ReadFromJsonAsync<ClientCreated>(Ct);
        var opened = await (await Track(coach.PostAsJsonAsync("/api/cases",
            new { clientId = client!.Id, serviceId = coaching.Id }, Ct))).Content.ReadFromJsonAsync<CaseDto>(Ct);
        var moved = await Moved(await Track(coach.PostAsJsonAsync($"/api/cases/{opened!.Id}/moves",
            new { stageId = coaching.Stages[1].Id, version = opened.Version, overrideReason = "Kiireellinen aloitus" }, Ct)));
        var blocked = await Moved(await Track(coach.PostAsJsonAsync($"/api/cases/{opened.Id}/block",
            new { reason = "WaitingForDocuments", note = "Odottaa lausuntoa", version = moved.Version }, Ct)));
        await Track(coach.PostAsJsonAsync($"/api/cases/{opened.Id}/unblock", new { version = blocked.Version }, Ct));
        await Track(coach.PostAsJsonAsync($"/api/cases/{opened.Id}/work", new { minutes = 45 }, Ct));
        var referral = await (await Track(coach.PostAsJsonAsync("/api/referrals", new
        {
            fromCaseId = opened.Id, toServiceId = rehab.Id, reason = "Kuntouttava työtoiminta", clientConsented = true,
        }, Ct))).Content.ReadFromJsonAsync<ReferralDto>(Ct);
        await Track(instructor.PostAsJsonAsync($"/api/referrals/{referral!.Id}/accept", new { version = referral.Version }, Ct));
        var personal = await Read(coach, $"/api/clients/{client.Id}");

        var views = new[]
        {
            await Read(manager, "/api/events?after=0"),
            await Read(coach, $"/api/services/{coaching.Id}/board"),
            await Read(instructor, $"/api/services/{rehab.Id}/board"),
            await Read(coach, $"/api/cases/{opened.Id}"),
            await Read(coach, $"/api/cases/{opened.Id}/work"),
            await Read(coach, "/api/referrals"),
            await Read(instructor, $"/api/referrals/{referral.Id}"),
            await Read(manager, $"/api/metrics/flow?serviceId={coaching.Id}"),
            await Read(manager, "/api/exports/eventlog?format=csv&from=2025-01-01"),
            await Read(manager, "/api/exports/eventlog?format=xes&from=2025-01-01"),
            await Read(manager, "/api/exports/eventlog?format=ocel&from=2025-01-01"),
            await Read(admin, $"/api/audit?clientId={client.Id}"),
            await Read(admin, $"/api/clients/{client.Id}/access-report"),
        };

        Assert.Contains(Personal[1], personal, StringComparison.Ordinal);  // the one place it belongs
        Assert.NotEmpty(logs.Lines);
        foreach (var value in Personal)
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(value, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(seen, url => url.Contains(value, StringComparison.OrdinalIgnoreCase)
                || url.Contains(Uri.EscapeDataString(value), StringComparison.OrdinalIgnoreCase));
            Assert.All(views, body => Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task<CaseDto> Moved(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!;

    private sealed record ClientCreated(Guid Id, string Pseudonym);
}
