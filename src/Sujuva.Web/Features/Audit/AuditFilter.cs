using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Audit;

/// <summary>
/// Which audit entries to show: filters combine; From is inclusive, To exclusive (both UTC). The API,
/// the administrators' page and the CSV export all read through <see cref="Apply"/>, so each filter
/// becomes a WHERE clause on an indexed column and paging is done by the database.
/// </summary>
public sealed record AuditFilter(UserId? UserId = null, ClientId? ClientId = null, AuditKind? Kind = null,
    DateTime? From = null, DateTime? To = null, Guid? PageViewId = null)
{
    public IQueryable<AuditEntry> Apply(SujuvaDb db)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (UserId is { } u) query = query.Where(e => e.UserId == u);
        if (ClientId is { } c) query = query.Where(e => e.ClientId == c);
        if (Kind is { } k) query = query.Where(e => e.Kind == k);
        if (From is { } start) query = query.Where(e => e.At >= start);
        if (To is { } end) query = query.Where(e => e.At < end);
        if (PageViewId is { } view) query = query.Where(e => e.PageViewId == view);
        return query;
    }

    /// <summary>One page, newest first (the id grows with time), and how many entries match in all.</summary>
    public async Task<(List<AuditEntry> Entries, int Total)> PageAsync(SujuvaDb db, int page, int pageSize, CancellationToken ct)
    {
        var total = await Apply(db).CountAsync(ct);
        var entries = await PageQuery(db, page, pageSize).ToListAsync(ct);
        return (entries, total);
    }

    public IQueryable<AuditEntry> PageQuery(SujuvaDb db, int page, int pageSize) =>
        Apply(db).OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize);

    /// <summary>
    /// One page of page views, newest first: the entries of one page view (a board's 86 names) are one group,
    /// an entry without one (a sign-in) a group of its own. Each group gives its newest entry's id and how many
    /// entries it has; Total counts the groups. Grouped and paged by the database.
    /// </summary>
    public async Task<(List<AuditGroupKey> Groups, int Total)> PageViewsAsync(SujuvaDb db, int page, int pageSize, CancellationToken ct)
    {
        var groups = Apply(db)
            .GroupBy(e => new { e.PageViewId, Alone = e.PageViewId == null ? e.Id : 0L })
            .Select(g => new { g.Key.PageViewId, Latest = g.Max(e => e.Id), Count = g.Count() });
        var total = await groups.CountAsync(ct);
        var keys = await groups.OrderByDescending(g => g.Latest).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return ([.. keys.Select(k => new AuditGroupKey(k.PageViewId, k.Latest, k.Count))], total);
    }

    /// <summary>Kind names as the API writes them (JsonStringEnumConverter); numbers are not kinds.</summary>
    public static bool TryKind(string? text, out AuditKind? kind)
    {
        kind = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!Enum.TryParse<AuditKind>(text, ignoreCase: true, out var k) || char.IsDigit(text[0]) || text[0] == '-') return false;
        kind = k;
        return true;
    }
}

/// <summary>A page view's entries (or one entry without a page view): the newest one's id and their number.</summary>
public sealed record AuditGroupKey(Guid? PageViewId, long Latest, int Count);
