using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;

namespace Sujuva.IntegrationTests.Api;

/// <summary>The start-up check that every case's version and stage agree with its events (issue 12).</summary>
public sealed class CaseEventAgreementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Check_EveryKindOfChange_AllCasesAgree(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;

        var version = @case.Version;
        version = await ChangeAsync(coach, @case.Id, "moves", new { stageId = followUp, version });
        version = await ChangeAsync(coach, @case.Id, "block", new { reason = "WaitingForDecision", version });
        version = await ChangeAsync(coach, @case.Id, "unblock", new { version });
        version = await ChangeAsync(coach, @case.Id, "block", new { reason = "WaitingForDecision", version });
        // Closing a blocked case logs an unblock and a close for one version.
        version = await ChangeAsync(coach, @case.Id, "close", new { outcome = "Employed", version });
        await ChangeAsync(coach, @case.Id, "reopen", new { version, reason = "NeedReturned" });

        var found = await CheckAsync(app);
        Assert.Equal((3, 0), (found.Cases, found.Disagreeing));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Check_VersionOrStageWithoutEvent_NamesThoseCases(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;
        var other = (await Given.BoardAsync(coach, service.Id)).Columns.Single(c => c.Name == "Valmennus").Cards[0].CaseId;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // What a crash between a change and its event left behind before the fix.
            var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
            await db.Database.ExecuteSqlAsync($"""UPDATE "Cases" SET "Version" = "Version" + 1 WHERE "Id" = {Id(app, @case.Id)}""", Ct);
            await db.Database.ExecuteSqlAsync($"""UPDATE "Cases" SET "StageId" = {Id(app, followUp)} WHERE "Id" = {Id(app, other)}""", Ct);
        }

        var found = await CheckAsync(app);
        Assert.Equal(2, found.Disagreeing);
        Assert.Equal(new[] { @case.Id, other }.Order(), found.Examples.Order());
    }

    /// <summary>As EF stores a Guid: SQLite as upper-case text, PostgreSQL as uuid.</summary>
    private static object Id(SujuvaApp app, Guid id) =>
        app.Provider == Databases.Sqlite ? id.ToString().ToUpperInvariant() : id;

    private static async Task<int> ChangeAsync(HttpClient client, Guid caseId, string change, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/{change}", body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{change}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!.Version;
    }

    private static async Task<CaseEventAgreementView> CheckAsync(SujuvaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CaseEventAgreement.CheckAsync(scope.ServiceProvider.GetRequiredService<SujuvaDb>(), Ct);
    }
}
