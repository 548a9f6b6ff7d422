using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Audit;

public static class AccessReports
{
    /// <summary>
    /// Every audited read of the client's personal data, oldest first, with the reader's name and the
    /// service of the granting case. Holds no personal data of the client itself beyond the pseudonym.
    /// </summary>
    public static async Task<Outcome<AccessReport>> ReportAsync(
        Guid clientId, SujuvaDb db, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Refusal.NotFound("clientId");

        var reads = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ClientId == id && e.Kind == AuditKind.PersonalDataRead)
            .OrderBy(e => e.Id).ToListAsync(ct);
        var userIds = reads.Where(r => r.UserId is not null).Select(r => r.UserId!.Value.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var caseIds = reads.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var services = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Service.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        return new AccessReport(clientId, client.Pseudonym, [.. reads.Select(r => new AccessReportLine(
            r.At, r.UserId?.Value, r.UserId is { } u ? names.GetValueOrDefault(u.Value) : null,
            AuditEntryView.From(r).Fields, r.CaseId?.Value, r.CaseId is { } c ? services.GetValueOrDefault(c) : null,
            r.ReferralId?.Value, r.Ip))]);
    }
}
