using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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
        api.MapGet("/clients/{clientId:guid}/access-report", AccessReports.GetAsync).WithTags("Audit")
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator));
    }

    /// <summary>Filters combine; from is inclusive, to exclusive (UTC). page starts at 1.</summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(Guid? userId, Guid? clientId,
        DateTime? from, DateTime? to, int? page, int? pageSize, SujuvaDb db, CancellationToken ct)
    {
        var size = pageSize ?? 100;
        if (size is < 1 or > MaxPageSize)
            return Problems.BadField("pageSize", "Audit.PageSizeOutOfRange", $"pageSize is between 1 and {MaxPageSize}.");
        var number = page ?? 1;
        if (number < 1) return Problems.BadField("page", "Audit.PageOutOfRange", "page starts at 1.");
        if (from is { } f && to is { } t && t < f)
            return Problems.BadField("to", "Audit.PeriodReversed", "to is after from.");

        var query = db.AuditEntries.AsNoTracking();
        if (userId is { } u) query = query.Where(e => e.UserId == new UserId(u));
        if (clientId is { } c) query = query.Where(e => e.ClientId == new ClientId(c));
        if (from is { } start) query = query.Where(e => e.At >= start.ToUniversalTime());
        if (to is { } end) query = query.Where(e => e.At < end.ToUniversalTime());
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage([.. entries.Select(AuditEntryView.From)], number, size, total));
    }
}
