using System.Net.Http.Json;
using Sujuva.Analytics.Flow;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Metrics;

/// <summary>
/// The process map read from the flow cache's memory equals the one built from the database's events
/// through the export's log: same cases in the same order, activities, times, variants and edges.
/// </summary>
public sealed class ProcessMapCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ProcessMap_DemoNetworkYear_CacheEqualsExportedLog(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");
        var services = (await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct))!;
        var busiest = services.OrderByDescending(s => s.Stages.Count).First();
        var to = DayCount.LocalDate(DateTime.UtcNow);

        foreach (var (serviceId, variant) in new (Guid?, int?)[] { (busiest.Id, null), (busiest.Id, 1), (null, null), (null, 2) })
        {
            var (fromEvents, fromCache) = await ProcessMapSides.BothAsync(app, serviceId, to.AddYears(-1), to, variant, Ct);
            Assert.Contains("\"Cases\":", fromEvents, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Cases\":0,", fromEvents, StringComparison.Ordinal);
            Assert.Equal(fromEvents, fromCache);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ProcessMap_MovesAndStageRenameAfterFirstRead_CacheStillEqualsExportedLog(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var to = DayCount.LocalDate(DateTime.UtcNow);
        var first = await ProcessMapSides.BothAsync(app, service.Id, to.AddYears(-1), to, null, Ct);
        Assert.Equal(first.FromEvents, first.FromCache);

        // Moves after the cache's first read, then a renamed stage: the map shows its current name on both sides.
        var followUp = service.Stages.Single(s => s.Name == "Seuranta");
        var moved = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = followUp.Id, version = @case.Version }, Ct);
        moved.EnsureSuccessStatusCode();
        var back = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = @case.StageId, version = @case.Version + 1 }, Ct);
        back.EnsureSuccessStatusCode();
        var owned = await AdminSteps.ServiceAsync(admin, FixtureNetwork.CoachingService);
        var rename = await admin.PutAsJsonAsync($"/api/admin/services/{service.Id}/stages/{followUp.Id}",
            new { name = "Seuranta ja jatko", kind = followUp.Kind, wipLimit = (int?)null, version = owned.Version }, Ct);
        rename.EnsureSuccessStatusCode();

        var after = await ProcessMapSides.BothAsync(app, service.Id, to.AddYears(-1), to, null, Ct);
        Assert.Contains("Seuranta ja jatko", after.FromEvents, StringComparison.Ordinal);
        Assert.NotEqual(first.FromEvents, after.FromEvents);
        Assert.Equal(after.FromEvents, after.FromCache);
    }
}
