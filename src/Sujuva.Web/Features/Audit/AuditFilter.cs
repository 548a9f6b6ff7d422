using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Audit;

/// <summary>
/// Which audit entries to show: filters combine; From is inclusive, To exclusive (both UTC). The API,
/// the administrators' page and the CSV export all read through <see cref="Apply"/>, so each filter
/// becomes a WHERE clause on an indexed column and paging is done by the database.
/// </summary>
public sealed record AuditFilter(UserId? UserId = null, ClientId? ClientId = null, AuditKind? Kind = null,
    DateTime? From = null, DateTime? To = null)
{
    public IQueryable<AuditEntry> Apply(SujuvaDb db)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (UserId is { } u) query = query.Where(e => e.UserId == u);
        if (ClientId is { } c) query = query.Where(e => e.ClientId == c);
        if (Kind is { } k) query = query.Where(e => e.Kind == k);
        if (From is { } start) query = query.Where(e => e.At >= start);
        if (To is { } end) query = query.Where(e => e.At < end);
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
