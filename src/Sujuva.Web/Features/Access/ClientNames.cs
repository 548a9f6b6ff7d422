using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Access;

/// <summary>The page that shows clients' names: the audit entry's source, as the page's route.</summary>
public enum ClientNameSource { Board, NetworkBoard, CasePage, ReferralInbox, ClientSearch, NewCase }

/// <summary>
/// Clients' names on pages (cards, referrals, the case page): the rule and audit of GET
/// /api/services/{id}/clients (PersonalDataAccess, ClientReads, one AuditTrail entry per client shown),
/// but only for the cases or referrals a page asks about, so a live update reads only new cards, and
/// with the page as the audit source. Keys without a grant are absent: the page shows their pseudonyms.
/// </summary>
public sealed class ClientNames(PersonalDataAccess access, AuditTrail audit)
{
    /// <summary>Names by case id; pageView: the page's view, for every reading while it is open (AuditEntry.PageViewId).</summary>
    public async Task<Dictionary<Guid, string>> OfCasesAsync(SujuvaDb db, CurrentUser user, IReadOnlyCollection<Guid> caseIds,
        ClientNameSource source, CancellationToken ct, Guid? pageView = null)
    {
        if (!PersonalDataAccess.MayEverRead(user) || caseIds.Count == 0) return [];
        var ids = caseIds.Select(c => new CaseId(c)).ToList();
        // Cases and referrals the user could not read one by one are left out, as in ServiceClients.
        var clients = await db.CasesVisibleTo(user).AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ClientId }).ToListAsync(ct);
        return await NamesAsync(db, user, clients.ToDictionary(c => c.Id.Value, c => c.ClientId), source, ct, pageView);
    }

    /// <summary>Names by referral id.</summary>
    public async Task<Dictionary<Guid, string>> OfReferralsAsync(SujuvaDb db, CurrentUser user, IReadOnlyCollection<Guid> referralIds,
        ClientNameSource source, CancellationToken ct)
    {
        if (!PersonalDataAccess.MayEverRead(user) || referralIds.Count == 0) return [];
        var ids = referralIds.Select(r => new ReferralId(r)).ToList();
        var clients = await db.ReferralsVisibleTo(user).AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ClientId }).ToListAsync(ct);
        return await NamesAsync(db, user, clients.ToDictionary(r => r.Id.Value, r => r.ClientId), source, ct);
    }

    /// <summary>One client's name (the case page), or null without a grant.</summary>
    public async Task<string?> OfClientAsync(SujuvaDb db, CurrentUser user, Guid clientId, ClientNameSource source, CancellationToken ct) =>
        (await NamesAsync(db, user, new() { [clientId] = new ClientId(clientId) }, source, ct)).GetValueOrDefault(clientId);

    public static string Route(ClientNameSource source) => source switch
    {
        ClientNameSource.Board => "page /boards/{ServiceId}",
        ClientNameSource.NetworkBoard => "page /network-board",
        ClientNameSource.CasePage => "page /cases/{CaseId}",
        ClientNameSource.ReferralInbox => "page /referrals",
        ClientNameSource.ClientSearch => "page /clients",
        ClientNameSource.NewCase => "page /boards/{ServiceId}/new-case",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private async Task<Dictionary<Guid, string>> NamesAsync(SujuvaDb db, CurrentUser user, Dictionary<Guid, ClientId> clientOf,
        ClientNameSource source, CancellationToken ct, Guid? pageView = null)
    {
        var grants = await access.GrantsAsync(db, user, [.. clientOf.Values.Distinct()], ct);
        if (grants.Count == 0) return [];
        var data = (await ClientReads.PersonalDataAsync(db, [.. grants.Keys], ct)).ToDictionary(d => d.Data.ClientId);
        // Audited before the names leave this method: a failed audit write fails the read.
        await audit.RecordReadsAsync(user, data.Keys.Select(c => grants[c]), ClientFields.Name, ct, Route(source), db, pageView);
        return clientOf.Where(kv => data.ContainsKey(kv.Value))
            .ToDictionary(kv => kv.Key, kv => $"{data[kv.Value].Data.FirstName} {data[kv.Value].Data.LastName}");
    }
}
