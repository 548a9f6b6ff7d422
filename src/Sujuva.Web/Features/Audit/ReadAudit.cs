using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Audit;

/// <summary>A page of the audit log, newest first, for GET /api/audit.</summary>
public static class ReadAudit
{
    /// <summary>Filters combine; from is inclusive, to exclusive (UTC); kind is an AuditKind name. page starts at 1.</summary>
    public static async Task<Outcome<AuditPage>> PageAsync(Guid? userId, Guid? clientId,
        string? kind, DateTime? from, DateTime? to, int? page, int? pageSize, SujuvaDb db, CancellationToken ct)
    {
        var size = pageSize ?? 100;
        if (size is < 1 or > AuditApi.MaxPageSize)
            return Refusal.Invalid("pageSize", "Audit.PageSizeOutOfRange", $"pageSize is between 1 and {AuditApi.MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) return Refusal.Invalid("page", "Audit.PageOutOfRange", "page starts at 1.");
        if (AuditApi.Filter(userId, clientId, kind, from, to, out var filter) is { } refusal) return refusal;

        var (entries, total) = await filter.PageAsync(db, number, size, ct);
        return new AuditPage([.. entries.Select(AuditEntryView.From)], number, size, total);
    }
}
