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
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequireAuthorization(AuthPolicies.Administrator);
        api.MapGet("/audit/export", AuditExport.HandleAsync).WithTags("Audit").WithExportBudget()
            .RequireAuthorization(AuthPolicies.Administrator);
        api.MapGet("/clients/{clientId}/access-report", AccessReportAsync).WithTags("Audit")
            .RequireAuthorization(AuthPolicies.Administrator);
    }

    /// <summary>Filters combine; from is inclusive, to exclusive (UTC); kind is an AuditKind name. page starts at 1.</summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(Guid? userId, Guid? clientId,
        string? kind, DateTime? from, DateTime? to, int? page, int? pageSize, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadAudit.PageAsync(userId, clientId, kind, from, to, page, pageSize, db, ct));

    public static async Task<Results<Ok<AccessReport>, ProblemHttpResult>> AccessReportAsync(
        Guid clientId, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await AccessReports.ReportAsync(clientId, db, ct));

    /// <summary>The filter of a request (list or export), or the refusal naming the field that makes none.</summary>
    public static Refusal? Filter(Guid? userId, Guid? clientId, string? kind, DateTime? from, DateTime? to,
        out AuditFilter filter)
    {
        filter = null!;
        if (!AuditFilter.TryKind(kind, out var k))
            return Refusal.Invalid("kind", "Audit.UnknownKind", "kind is one of " + string.Join(", ", Enum.GetNames<AuditKind>()) + ".");
        filter = new AuditFilter(userId is { } u ? new UserId(u) : null, clientId is { } c ? new ClientId(c) : null, k,
            from?.ToUniversalTime(), to?.ToUniversalTime());
        return filter is { From: { } f, To: { } t } && t < f ? Refusal.Invalid("to", "Audit.PeriodReversed", "to is after from.") : null;
    }
}
