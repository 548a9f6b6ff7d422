using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.Audit;
using static Sujuva.IntegrationTests.Audit.AuditLogGiven;

namespace Sujuva.IntegrationTests.Audit;

/// <summary>GET /api/audit's filters combine and page newest first, in the database, on both providers.</summary>
public sealed class AuditQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task List_KindUserAndPeriod_OnlyThoseEntriesNewestFirst(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);

        var reads = await AuditAsync(given, $"kind=PersonalDataRead&userId={given.CoachId}&from={Iso(CaseRead)}&to={Iso(RoleChange)}");
        var exports = await AuditAsync(given, $"kind=export&from={Iso(CaseRead)}&to={Iso(RoleChange)}");

        Assert.Equal([ReferralRead, CaseRead], reads.Entries.Select(e => e.At));
        Assert.Equal(2, reads.Total);
        Assert.Equal([given.ReferralId, null], reads.Entries.Select(e => e.ReferralId));
        var export = Assert.Single(exports.Entries);
        Assert.Equal(given.AdminId, export.UserId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task List_PageSizeOne_SecondPageHoldsTheOlderEntryAndTheTotal(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);

        var second = await AuditAsync(given, $"userId={given.CoachId}&kind=PersonalDataRead&pageSize=1&page=2");
        var third = await AuditAsync(given, $"userId={given.CoachId}&kind=PersonalDataRead&pageSize=1&page=3");

        Assert.Equal(CaseRead, Assert.Single(second.Entries).At);
        Assert.Equal((2, 2, 1), (second.Total, second.Page, second.PageSize));
        Assert.Empty(third.Entries);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task List_UnknownKind_BadRequestNamingKind(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);

        var named = await admin.GetAsync("/api/audit?kind=Delete", Ct);
        var numbered = await admin.GetAsync("/api/audit?kind=1", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains("Audit.UnknownKind", await named.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, numbered.StatusCode);
    }

    /// <summary>The page and the API share AuditFilter; its page is a WHERE … LIMIT … OFFSET, not a filter in memory.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PageQuery_AllFilters_TranslatedToOneSqlStatementWithLimit(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var given = await StartAsync(app);
        var filter = new AuditFilter(new(given.CoachId), new(given.Case.ClientId), AuditKind.PersonalDataRead, CaseRead, RoleChange);

        var sql = await given.OnDatabaseAsync(db => Task.FromResult(filter.PageQuery(db, 2, 1).ToQueryString()));
        var page = await given.OnDatabaseAsync(db => filter.PageAsync(db, 2, 1, Ct));

        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("\"Kind\" =", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.Contains("OFFSET", sql, StringComparison.Ordinal);
        Assert.Equal(CaseRead, Assert.Single(page.Entries).At);
        Assert.Equal(2, page.Total);
    }

    private static async Task<AuditPageDto> AuditAsync(AuditLogGiven given, string query) =>
        (await given.Admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?{query}", Ct))!;
}
