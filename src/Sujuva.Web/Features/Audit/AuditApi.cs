using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Audit;

/// <summary>Administrators read the audit log; nothing changes or deletes it (no such endpoints exist).</summary>
public static class AuditApi
{
    public const int MaxPageSize = 500;

    public static void MapAuditApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        api.MapGet("/audit/export", AuditExport.HandleAsync).WithTags("Audit").WithExportBudget()
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        api.MapGet("/clients/{clientId}/access-report", AccessReports.GetAsync).WithTags("Audit")
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator));
    }

    /// <summary>Filters combine; from is inclusive, to exclusive (UTC); kind is an AuditKind name. page starts at 1.</summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(Guid? userId, Guid? clientId,
        string? kind, DateTime? from, DateTime? to, int? page, int? pageSize, SujuvaDb db, CancellationToken ct)
    {
        var size = pageSize ?? 100;
        if (size is < 1 or > MaxPageSize)
            return Problems.BadField("pageSize", "Audit.PageSizeOutOfRange", $"pageSize is between 1 and {MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) return Problems.BadField("page", "Audit.PageOutOfRange", "page starts at 1.");
        if (Filter(userId, clientId, kind, from, to, out var filter) is { } problem) return problem;

        var (entries, total) = await filter.PageAsync(db, number, size, ct);
        return TypedResults.Ok(new AuditPage([.. entries.Select(AuditEntryView.From)], number, size, total));
    }

    /// <summary>The filter of a request (list or export), or the problem naming the field that makes none.</summary>
    public static ProblemHttpResult? Filter(Guid? userId, Guid? clientId, string? kind, DateTime? from, DateTime? to,
        out AuditFilter filter)
    {
        filter = null!;
        if (!AuditFilter.TryKind(kind, out var k))
            return Problems.BadField("kind", "Audit.UnknownKind", "kind is one of " + string.Join(", ", Enum.GetNames<AuditKind>()) + ".");
        filter = new AuditFilter(userId is { } u ? new UserId(u) : null, clientId is { } c ? new ClientId(c) : null, k,
            from?.ToUniversalTime(), to?.ToUniversalTime());
        return filter is { From: { } f, To: { } t } && t < f ? Problems.BadField("to", "Audit.PeriodReversed", "to is after from.") : null;
    }
}
