using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Components.Pages.Admin;
using Sujuva.Web.Features.Audit;
using static Sujuva.IntegrationTests.Audit.AuditLogGiven;

namespace Sujuva.IntegrationTests.Audit;

/// <summary>What the administrators' audit log page reads, and its CSV download, on both providers.</summary>
public sealed class AuditViewerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PageFilter_LocalDays_ToIncludesItsLastMinuteAndNotTheNextDay(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);
        var tenth = AuditViewQuery.Parse(null, null, null, "2026-06-10", "2026-06-10", null);
        var eleventh = AuditViewQuery.Parse(null, null, null, "2026-06-11", "2026-06-11", null);

        var first = await given.OnDatabaseAsync(db => AuditRows.PageAsync(db, tenth.Filter(null), 1, 50, Ct));
        var second = await given.OnDatabaseAsync(db => AuditRows.PageAsync(db, eleventh.Filter(null), 1, 50, Ct));

        Assert.Equal([ReferralRead, CaseRead], first.Rows.Select(r => r.Entry.At));
        Assert.Equal([RoleChange, Export], second.Rows.Select(r => r.Entry.At));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rows_Reads_NameTheReaderPseudonymAndTheGrantingService(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);
        var client = await given.OnDatabaseAsync(db => AuditRows.ClientAsync(db, given.Case.ClientPseudonym, Ct));
        var query = AuditViewQuery.Parse(null, given.Case.ClientPseudonym, null, "2026-06-10", "2026-06-11", null);

        var page = await given.OnDatabaseAsync(db => AuditRows.PageAsync(db, query.Filter(client), 1, 50, Ct));
        var roles = await given.OnDatabaseAsync(db => AuditRows.PageAsync(db, new AuditFilter(Kind: AuditKind.RoleChange, From: RoleChange), 1, 50, Ct));

        Assert.Equal(given.Case.ClientId, client!.Value.Value);
        Assert.Equal(2, page.Total);
        Assert.All(page.Rows, r => Assert.Equal(("Aino Valmentaja", given.Case.ClientPseudonym), (r.Actor, r.ClientPseudonym)));
        Assert.Equal((null, FixtureNetwork.RehabService), (page.Rows[0].CaseService, page.Rows[0].ReferralService));
        Assert.Equal((FixtureNetwork.CoachingService, null), (page.Rows[1].CaseService, page.Rows[1].ReferralService));
        var change = Assert.Single(roles.Rows);
        Assert.Equal(("Antti Ylläpitäjä", "Aino Valmentaja"), (change.Actor, change.SubjectUser));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_Filtered_CsvOfThoseEntriesWithoutNamesAndAuditedAsExport(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);
        var link = AuditViewQuery.Parse(given.CoachId.ToString(), null, "PersonalDataRead", "2026-06-10", "2026-06-11", null).ExportHref(null);

        var response = await given.Admin.GetAsync(link, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var exports = await given.Admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?kind=Export&userId={given.AdminId}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(AuditExport.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.All(lines[1..], l => Assert.Contains($",{given.Case.ClientPseudonym},\"FirstName,LastName\",", l, StringComparison.Ordinal));
        Assert.StartsWith("2026-06-10T20:59:00.000Z", lines[1].Split(',')[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Virtanen", string.Join('\n', lines), StringComparison.Ordinal);
        var audited = exports!.Entries[0];
        Assert.StartsWith($"audit log csv: user {given.CoachId}, client all, kind PersonalDataRead", audited.Detail, StringComparison.Ordinal);
        Assert.EndsWith(", 2 rows", audited.Detail, StringComparison.Ordinal);
    }
}
