using System.Globalization;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Components.Pages.Admin;

/// <summary>
/// The audit log page's filters as its address holds them, so that a filtered view can be shared as a
/// link: user (account id), client (id or pseudonym), kind, from and to (local days, yyyy-MM-dd, as
/// a date input sends them; to is inclusive) and page. Values that do not parse are left out.
/// </summary>
public sealed record AuditViewQuery(Guid? UserId, string? Client, AuditKind? Kind, DateOnly? From, DateOnly? To, int Page)
{
    public const string Path = "/admin/audit";
    public const int PageSize = 50;

    public static AuditViewQuery Parse(string? user, string? client, string? kind, string? from, string? to, string? page)
    {
        var first = Day(from);
        var last = Day(to);
        if (first > last) (first, last) = (last, first);
        return new AuditViewQuery(Guid.TryParse(user, out var u) ? u : null, string.IsNullOrWhiteSpace(client) ? null : client.Trim(),
            AuditFilter.TryKind(kind, out var k) ? k : null, first, last,
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1);
    }

    /// <summary>The filter in UTC: from the start of the first local day to the start of the day after the last.</summary>
    public AuditFilter Filter(ClientId? client) => new(UserId is { } u ? new UserId(u) : null, client, Kind,
        From is { } f ? DayCount.StartOfDayUtc(f) : null, To is { } t ? DayCount.StartOfDayUtc(t.AddDays(1)) : null);

    /// <summary>This view's address on another page (paging keeps the filters).</summary>
    public string Href(int page) => Path + Query(
        ("user", UserId?.ToString()), ("client", Client), ("kind", Kind?.ToString()), ("from", Iso(From)), ("to", Iso(To)),
        ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>The same filters on the CSV export (UTC instants, to exclusive).</summary>
    public string ExportHref(ClientId? client)
    {
        var filter = Filter(client);
        return "/api/audit/export" + Query(("userId", UserId?.ToString()), ("clientId", client?.Value.ToString()),
            ("kind", Kind?.ToString()), ("from", Utc(filter.From)), ("to", Utc(filter.To)));
    }

    public static string ForClient(Guid clientId) => Path + Query(("client", clientId.ToString()));

    public static string ForUser(Guid userId) => Path + Query(("user", userId.ToString()));

    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Utc(DateTime? at) => at?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parts)
    {
        var set = parts.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return set.Count == 0 ? "" : "?" + string.Join('&', set);
    }
}
