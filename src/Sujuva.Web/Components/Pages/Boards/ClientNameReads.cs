using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>
/// Clients' names on cards and referrals: the rule and audit of GET /api/services/{id}/clients
/// (PersonalDataAccess, ClientReads, one AuditTrail entry per client shown), but for the cards a page
/// asks about, so a live update reads only new cards, and with the page as the audit source.
/// Keys without a grant are absent: the page shows their pseudonyms.
/// </summary>
public static class ClientNameReads
{
    /// <summary>Names by case id.</summary>
    public static async Task<Dictionary<Guid, string>> OfCasesAsync(SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, IReadOnlyCollection<Guid> caseIds, string source, CancellationToken ct)
    {
        if (!PersonalDataAccess.MayEverRead(user) || caseIds.Count == 0) return [];
        var ids = caseIds.Select(c => new CaseId(c)).ToList();
        var clients = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ClientId }).ToListAsync(ct);
        return await NamesAsync(db, user, access, audit, clients.ToDictionary(c => c.Id.Value, c => c.ClientId), source, ct);
    }

    /// <summary>Names by referral id.</summary>
    public static async Task<Dictionary<Guid, string>> OfReferralsAsync(SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, IReadOnlyCollection<Guid> referralIds, string source, CancellationToken ct)
    {
        if (!PersonalDataAccess.MayEverRead(user) || referralIds.Count == 0) return [];
        var ids = referralIds.Select(r => new ReferralId(r)).ToList();
        var clients = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ClientId }).ToListAsync(ct);
        return await NamesAsync(db, user, access, audit, clients.ToDictionary(r => r.Id.Value, r => r.ClientId), source, ct);
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, Dictionary<Guid, ClientId> clientOf, string source, CancellationToken ct)
    {
        var grants = await access.GrantsAsync(db, user, [.. clientOf.Values.Distinct()], ct);
        if (grants.Count == 0) return [];
        var data = (await ClientReads.PersonalDataAsync(db, [.. grants.Keys], ct)).ToDictionary(d => d.Data.ClientId);
        // Audited before the names leave this method: a failed audit write fails the read.
        await audit.RecordReadsAsync(user, data.Keys.Select(c => grants[c]), ClientFields.Name, ct, source, db);
        return clientOf.Where(kv => data.ContainsKey(kv.Value))
            .ToDictionary(kv => kv.Key, kv => $"{data[kv.Value].Data.FirstName} {data[kv.Value].Data.LastName}");
    }
}
