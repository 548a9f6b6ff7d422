using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Audit;

/// <summary>An audit entry as the administrators' page shows it: names beside the ids.</summary>
public sealed record AuditRow(AuditEntryView Entry, string? Actor, string? ActorEmail, string? ClientPseudonym,
    string? CaseService, string? ReferralService, string? SubjectUser);

public sealed record AuditRowsPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One line of the audit page: a page view's entries, shown by its newest one (who, when, where) and their count.</summary>
public sealed record AuditGroup(AuditRow Latest, Guid? PageViewId, int Count);

public sealed record AuditGroupsPage(IReadOnlyList<AuditGroup> Groups, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A staff account to filter by.</summary>
public sealed record AuditActor(Guid Id, string Name, string Email);

/// <summary>
/// Reads the page of the audit log the filter selects (in the database, through AuditFilter) and the
/// names it mentions, a few small lookups per page. Names are of staff accounts, services and a
/// client's pseudonym: nothing here is a client's personal data (decision 0006), so reading it is not
/// itself a PersonalDataRead.
/// </summary>
public static class AuditRows
{
    public static async Task<AuditRowsPage> PageAsync(SujuvaDb db, AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var (entries, total) = await filter.PageAsync(db, page, pageSize, ct);
        return new AuditRowsPage(await RowsAsync(db, entries, ct), page, pageSize, total);
    }

    /// <summary>The page's lines, one per page view (AuditFilter.PageViewsAsync), each with its newest entry named.</summary>
    public static async Task<AuditGroupsPage> PageViewsAsync(SujuvaDb db, AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var (groups, total) = await filter.PageViewsAsync(db, page, pageSize, ct);
        var ids = groups.Select(g => g.Latest).ToList();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        var rows = (await RowsAsync(db, entries, ct)).ToDictionary(r => r.Entry.Id);
        return new AuditGroupsPage([.. groups.Select(g => new AuditGroup(rows[g.Latest], g.PageViewId, g.Count))], page, pageSize, total);
    }

    /// <summary>Every entry of one page view the filter selects, newest first: the clients behind one line of the page.</summary>
    public static async Task<IReadOnlyList<AuditRow>> OfPageViewAsync(SujuvaDb db, AuditFilter filter, Guid pageView, CancellationToken ct)
    {
        var entries = await (filter with { PageViewId = pageView }).Apply(db).OrderByDescending(e => e.Id).ToListAsync(ct);
        return await RowsAsync(db, entries, ct);
    }

    private static async Task<IReadOnlyList<AuditRow>> RowsAsync(SujuvaDb db, List<AuditEntry> entries, CancellationToken ct)
    {
        var userIds = entries.SelectMany(e => new[] { e.UserId, e.SubjectUserId }).OfType<UserId>().Select(u => u.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (u.DisplayName, u.Email), ct);
        var clientIds = entries.Select(e => e.ClientId).OfType<ClientId>().Distinct().ToList();
        var pseudonyms = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Pseudonym, ct);
        var caseIds = entries.Select(e => e.CaseId).OfType<CaseId>().Distinct().ToList();
        var caseServices = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Service.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var referralIds = entries.Select(e => e.ReferralId).OfType<ReferralId>().Distinct().ToList();
        var referralServices = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id))
            .Join(db.Services, r => r.ToServiceId, s => s.Id, (r, s) => new { r.Id, s.Name })
            .ToDictionaryAsync(r => r.Id, r => r.Name, ct);

        return [.. entries.Select(e => new AuditRow(AuditEntryView.From(e),
            e.UserId is { } u ? users.GetValueOrDefault(u.Value).DisplayName : null,
            e.UserId is { } m ? users.GetValueOrDefault(m.Value).Email : null,
            e.ClientId is { } c ? pseudonyms.GetValueOrDefault(c) : null,
            e.CaseId is { } k ? caseServices.GetValueOrDefault(k) : null,
            e.ReferralId is { } r ? referralServices.GetValueOrDefault(r) : null,
            e.SubjectUserId is { } s ? users.GetValueOrDefault(s.Value).DisplayName : null))];
    }

    public static Task<List<AuditActor>> ActorsAsync(SujuvaDb db, CancellationToken ct) =>
        db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new AuditActor(u.Id, u.DisplayName, u.Email ?? "")).ToListAsync(ct);

    /// <summary>The client a filter names (trimmed text): its id, or its pseudonym as boards show it; null when none or several have it.</summary>
    public static async Task<ClientId?> ClientAsync(SujuvaDb db, string text, CancellationToken ct)
    {
        if (Guid.TryParse(text, out var id)) return new ClientId(id);
        // Two are enough to know a pseudonym is not unique.
        var found = await db.Clients.AsNoTracking().Where(c => c.Pseudonym == text).Select(c => c.Id).Take(2).ToListAsync(ct);
        return found.Count == 1 ? found[0] : null;
    }
}
