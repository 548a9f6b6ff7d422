using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Metrics;

public sealed class FlowMetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<FlowMetricsDto> FlowAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<FlowMetricsDto>($"/api/metrics/flow?from=2026-01-01{query}", Ct))!;

    private static async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<T>(Ct))!;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Flow_ChangesThroughApi_AppearInServiceAndNetworkFigures(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var (waiting, service, workingStage) = await Given.CaseBesideFullStageAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var before = await FlowAsync(coach, $"&serviceId={service.Id}");

        var blocked = await PostAsync<CaseDto>(coach, $"/api/cases/{waiting.Id}/block", new { reason = "WaitingForDocuments", version = waiting.Version });
        await PostAsync<CaseDto>(coach, $"/api/cases/{waiting.Id}/unblock", new { version = blocked.Version });
        var referral = await PostAsync<ReferralDto>(coach, "/api/referrals",
            new { fromCaseId = waiting.Id, toServiceId = rehab.Id, reason = "Assessment", clientConsented = true });
        await PostAsync<ReferralDto>(instructor, $"/api/referrals/{referral.Id}/decline", new { reason = "Incomplete", version = referral.Version });
        var board = await Given.BoardAsync(coach, service.Id);
        var working = await Given.CaseAsync(coach, board.Columns.Single(c => c.StageId == workingStage).Cards[0].CaseId);
        await PostAsync<System.Text.Json.JsonElement>(coach, $"/api/cases/{working.Id}/work", new { minutes = 120 });
        await PostAsync<CaseDto>(coach, $"/api/cases/{working.Id}/close", new { outcome = "Employed", version = working.Version });
        var after = await FlowAsync(coach, $"&serviceId={service.Id}");
        var network = await FlowAsync(manager, "");
        var instructorsTeam = await FlowAsync(instructor, "");

        Assert.Equal((0, 3, 3), (before.Closed, before.Open, before.WipNow));
        Assert.Equal((1, 2, 2), (after.Closed, after.Open, after.WipNow));
        // The closed case was opened straight into the working stage: queue time is 1 inclusive day.
        Assert.Equal(1, after.QueueTime!.P50);
        Assert.Equal(1, after.CycleTime!.Count);
        Assert.True(after.Efficiency.TimeWeightedByEffort > 0);
        Assert.Contains("WaitingForDocuments", after.BlockedDaysByReason.Keys);
        Assert.Equal(1, after.ThroughputPerDay.Sum(d => d.Count));
        var wait = Assert.Single(after.HandoffWaits);
        Assert.Equal((service.OrganisationId, rehab.OrganisationId), (wait.FromOrganisationId, wait.ToOrganisationId));
        Assert.Equal((0, 1, 1), (wait.Started, wait.Declined, wait.DeclinedByReason["Incomplete"]));
        Assert.Null(network.ServiceId);
        Assert.Equal((1, 2), (network.Closed, network.Open));
        Assert.Single(network.HandoffWaits);
        // Without serviceId every role sees the whole network's figures, not only their team's (issue 14).
        Assert.Equal((1, 2), (instructorsTeam.Closed, instructorsTeam.Open));
        Assert.Equal(1, Assert.Single(instructorsTeam.HandoffWaits).Declined);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Flow_BadDateOrInvisibleService_ReturnsProblemNamingField(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var badFrom = await coach.GetAsync("/api/metrics/flow?from=2026-13-01", Ct);
        var badTo = await coach.GetAsync("/api/metrics/flow?to=yesterday", Ct);
        var reversed = await coach.GetAsync("/api/metrics/flow?from=2026-03-02&to=2026-03-01", Ct);
        var tooLong = await coach.GetAsync("/api/metrics/flow?from=0001-01-01", Ct);
        var otherTeams = await instructor.GetAsync($"/api/metrics/flow?serviceId={coaching.Id}", Ct);
        var unknown = await coach.GetAsync($"/api/metrics/flow?serviceId={Guid.NewGuid()}", Ct);

        foreach (var (response, field) in new[] { (badFrom, "from"), (badTo, "to"), (reversed, "from"), (tooLong, "from") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, (await Given.ProblemAsync(response)).Errors.Keys);
        }
        foreach (var response in new[] { otherTeams, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("serviceId", (await Given.ProblemAsync(response)).Errors.Keys);
        }
    }
}
