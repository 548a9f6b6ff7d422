using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;

namespace Sujuva.IntegrationTests.Input;

/// <summary>A value stored before the input contract existed (or written by hand) must not break reads for everyone.</summary>
public sealed class StoredValueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reads_StageKindUnknownInTheDatabase_StillAnswer200(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var service = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
            await db.Database.ExecuteSqlAsync($"""UPDATE "Stages" SET "Kind" = '-1' WHERE "Id" = {service.Stages[0].Id}""", Ct);
            await db.Database.ExecuteSqlAsync($"""UPDATE "Stages" SET "Kind" = 'Sideways' WHERE "Id" = {service.Stages[1].Id}""", Ct);
        }

        foreach (var url in new[]
        {
            "/api/services", $"/api/services/{service.Id}", $"/api/services/{service.Id}/board", "/api/metrics/flow",
            "/api/metrics/flow/dashboard", $"/api/teams/{service.TeamId}/standup", "/api/exports/eventlog?format=csv",
            "/api/admin/services",
        })
        {
            using var response = await lead.GetAsync(url, Ct);
            var expected = url.StartsWith("/api/admin", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        }
    }
}
