using System.Net;
using System.Text.RegularExpressions;
using Sujuva.Analytics.Readers;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Exports;

public sealed partial class ExportAccessTests
{
    private const string Period = "from=2025-01-01";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_ByRole_OnlyLeadsAndNetworkRolesExportWhatTheySee(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);

        async Task<HttpStatusCode> StatusAsync(HttpClient client, string query) =>
            (await client.GetAsync($"/api/exports/eventlog?{Period}&{query}", Ct)).StatusCode;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(app.Anonymous(), "format=csv"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(coach, $"format=csv&serviceId={coaching.Id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(lead, $"format=xes&serviceId={coaching.Id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(lead, "format=csv"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(lead, $"format=csv&serviceId={rehab.Id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(manager, $"format=ocel&serviceId={rehab.Id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, "format=csv"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(manager, "format=pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(manager, "format=csv&to=yesterday"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_EachDownload_WritesOneExportAuditEntryOfTheExporter(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var managerId = await Access.AccessGiven.IdOfAsync(manager);

        await manager.GetStringAsync($"/api/exports/eventlog?format=xes&{Period}", Ct);
        await manager.GetStringAsync($"/api/exports/eventlog?format=csv&{Period}", Ct);

        var exports = (await Access.AccessGiven.AuditAsync(admin, $"&userId={managerId}")).Entries
            .Where(e => e.Kind == "Export").ToList();
        Assert.Equal(2, exports.Count);
        Assert.Contains(exports, e => e.Detail!.StartsWith("event log xes", StringComparison.Ordinal));
        Assert.Contains(exports, e => e.Detail!.StartsWith("event log csv", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_Csv_CarriesStablePseudonymsAndNoIdsOrNames(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var events = (await Given.EventsAfterAsync(manager, 0)).Events;

        var first = await manager.GetStringAsync($"/api/exports/eventlog?format=csv&{Period}", Ct);
        var second = await manager.GetStringAsync($"/api/exports/eventlog?format=csv&{Period}", Ct);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(first));
        var log = EventLogFiles.Read(stream, "export.csv", EventLogFormat.Csv);

        Assert.Equal(first, second);
        Assert.True(log.CaseCount > 0);
        Assert.All(log.Resources.Names, r => Assert.Matches(WorkerPseudonym(), r));
        Assert.All(log.CaseIds, c => Assert.Matches(CasePseudonym(), c));
        foreach (var id in events.Select(e => e.ActorId).Concat(events.Where(e => e.CaseId is not null).Select(e => e.CaseId!.Value)).Distinct())
            Assert.DoesNotContain(id.ToString(), first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Aino", first, StringComparison.Ordinal);
        Assert.DoesNotContain("@", first, StringComparison.Ordinal);
    }

    [GeneratedRegex("^W-[A-Z2-9]{10}$")]
    private static partial Regex WorkerPseudonym();

    [GeneratedRegex("^K-[A-Z2-9]{10}$")]
    private static partial Regex CasePseudonym();
}
