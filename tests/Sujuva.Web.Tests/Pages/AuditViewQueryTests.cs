using Sujuva.Web.Components.Pages.Admin;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Tests.Pages;

/// <summary>The audit log page's address: what it filters, and the links that keep the filters.</summary>
public sealed class AuditViewQueryTests
{
    private static readonly Guid Someone = Guid.Parse("0195f0a2-0000-7000-8000-000000000001");

    [Fact]
    public void Parse_Nothing_EverythingFirstPage()
    {
        var query = AuditViewQuery.Parse(null, null, null, null, null, null);

        Assert.Equal(new AuditViewQuery(null, null, null, null, null, 1), query);
        Assert.Equal(new AuditFilter(), query.Filter(null));
        Assert.Equal("/admin/audit", query.Href(1));
    }

    [Fact]
    public void Parse_Garbage_LeftOutNotThrown()
    {
        var query = AuditViewQuery.Parse("not-a-guid", "  ", "Delete", "10.6.2026", "2026-13-01", "-2");

        Assert.Equal(new AuditViewQuery(null, null, null, null, null, 1), query);
    }

    [Fact]
    public void Filter_SummerDays_FromHelsinkiMidnightToTheMidnightAfterTheLastDay()
    {
        var query = AuditViewQuery.Parse(Someone.ToString(), null, "personaldataread", "2026-06-10", "2026-06-11", "3");

        var filter = query.Filter(null);

        Assert.Equal(new DateTime(2026, 6, 9, 21, 0, 0, DateTimeKind.Utc), filter.From);
        Assert.Equal(new DateTime(2026, 6, 11, 21, 0, 0, DateTimeKind.Utc), filter.To);
        Assert.Equal((new UserId(Someone), AuditKind.PersonalDataRead), (filter.UserId!.Value, filter.Kind!.Value));
        Assert.Equal(3, query.Page);
    }

    [Fact]
    public void Filter_WinterDay_TwoHoursAheadOfUtc()
    {
        var filter = AuditViewQuery.Parse(null, null, null, "2026-01-15", "2026-01-15", null).Filter(null);

        Assert.Equal(new DateTime(2026, 1, 14, 22, 0, 0, DateTimeKind.Utc), filter.From);
        Assert.Equal(new DateTime(2026, 1, 15, 22, 0, 0, DateTimeKind.Utc), filter.To);
    }

    [Fact]
    public void Parse_FromAfterTo_Swapped()
    {
        var query = AuditViewQuery.Parse(null, null, null, "2026-06-12", "2026-06-10", null);

        Assert.Equal((new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 12)), (query.From!.Value, query.To!.Value));
    }

    [Fact]
    public void Href_OtherPage_KeepsEveryFilterAndEscapesTheClient()
    {
        var query = AuditViewQuery.Parse(Someone.ToString(), "C-7K 2M", "Export", "2026-06-10", null, null);

        Assert.Equal($"/admin/audit?user={Someone}&client=C-7K%202M&kind=Export&from=2026-06-10&page=2", query.Href(2));
        Assert.Equal($"/admin/audit?user={Someone}&client=C-7K%202M&kind=Export&from=2026-06-10", query.Href(1));
    }

    [Fact]
    public void ExportHref_ResolvedClientAndLocalDays_UtcInstantsOnTheApi()
    {
        var client = new ClientId(Someone);
        var query = AuditViewQuery.Parse(null, "C-7K2M", null, "2026-06-10", "2026-06-10", null);

        Assert.Equal($"/api/audit/export?clientId={Someone}&from=2026-06-09T21%3A00%3A00Z&to=2026-06-10T21%3A00%3A00Z",
            query.ExportHref(client));
    }
}
