using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

/// <summary>Every successful change appends exactly its events; refused changes append none.</summary>
public sealed class EventLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task EveryChange_Succeeds_AppendsExactlyItsEvents(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var (@case, service, full) = await Given.CaseBesideFullStageAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var log = new LogWatch(admin, await Given.LastEventIdAsync(admin));
        var v = @case.Version;
        var id = @case.Id;

        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/moves", new { stageId = full, version = v }, Ct));
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/moves",
            new { stageId = service.Stages[2].Id, version = v++ }, Ct), "CaseMoved");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/block", new { reason = "WaitingForDecision", version = v++ }, Ct), "CaseBlocked");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/unblock", new { version = v++ }, Ct), "CaseUnblocked");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/work", new { minutes = 30 }, Ct), "WorkLogged");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/block", new { reason = "WaitingForClient", version = v++ }, Ct), "CaseBlocked");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/close", new { outcome = "Studying", version = v++ }, Ct),
            "CaseUnblocked", "CaseClosed");
        await log.ExpectAsync(coach.PostAsJsonAsync($"/api/cases/{id}/reopen", new { version = v++, reason = "NewNeed" }, Ct), "CaseReopened");
        var sent = await log.ExpectAsync(coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = id, toServiceId = rehab.Id, reason = "Assessment", clientConsented = true }, Ct), "ReferralSent");
        var referral = await sent.Content.ReadFromJsonAsync<ReferralDto>(Ct);
        await log.ExpectAsync(instructor.PostAsJsonAsync($"/api/referrals/{referral!.Id}/accept",
            new { version = referral.Version }, Ct), "CaseOpened", "ReferralAccepted");
        await log.ExpectAsync(coach.PostAsJsonAsync("/api/clients", new { firstName = "A", lastName = "B" }, Ct), "ClientRegistered");
        await log.ExpectAsync(admin.PostAsJsonAsync("/api/organisations", new { name = "Uusi" }, Ct), "OrganisationCreated");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Events_PagedByCursor_ReturnEveryEventOnceInOrder(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);

        var all = await manager.GetFromJsonAsync<EventPageDto>("/api/events?limit=5000", Ct);
        var paged = new List<EventDto>();
        long? cursor = 0;
        while (cursor is { } after)
        {
            var page = await manager.GetFromJsonAsync<EventPageDto>($"/api/events?after={after}&limit=2", Ct);
            paged.AddRange(page!.Events);
            cursor = page.Next;
        }

        Assert.Equal(all!.Events.Select(e => e.Id), paged.Select(e => e.Id));
        Assert.True(paged.Select(e => e.Id).SequenceEqual(paged.Select(e => e.Id).Order()));
        Assert.Equal(3, paged.Count(e => e.Type == "CaseOpened"));
        Assert.All(paged.Where(e => e.CaseId is not null),
            e => Assert.StartsWith("C-", e.ClientPseudonym, StringComparison.Ordinal));
        var json = await manager.GetStringAsync("/api/events?limit=5000", Ct);
        Assert.DoesNotContain("Virtanen", json, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Events_LimitOutOfRange_Returns400NamingLimit(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);

        var response = await manager.GetAsync("/api/events?limit=0", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    /// <summary>Reads the log after each request and checks which event types it appended.</summary>
    private sealed class LogWatch(HttpClient reader, long last)
    {
        private long _last = last;

        public async Task<HttpResponseMessage> ExpectAsync(Task<HttpResponseMessage> request, params string[] types)
        {
            var response = await request;
            Assert.True(types.Length == 0 || response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
            var appended = (await Given.EventsAfterAsync(reader, _last)).Events;
            Assert.Equal(types.Order(), appended.Select(e => e.Type).Order());
            if (appended.Count > 0) _last = appended[^1].Id;
            return response;
        }
    }
}
