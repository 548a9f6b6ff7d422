using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

/// <summary>A client's name on one of a service's open cases, for boards and case pages.</summary>
public sealed record ServiceClientView(Guid CaseId, Guid ClientId, string Pseudonym, string FirstName, string LastName,
    Guid? GrantedByCaseId, Guid? GrantedByReferralId);

public static class ServiceClients
{
    /// <summary>
    /// The names of the open cases' clients the user may read, one audit entry per client shown;
    /// clients without a grant are left out (the board shows their pseudonyms). 404 for an unknown service.
    /// </summary>
    public static async Task<Results<Ok<List<ServiceClientView>>, ProblemHttpResult>> ListAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct)
    {
        if (await ReadAsync(db, user, access, new ServiceId(serviceId), ct) is not { } read)
            return Problems.NotFound("serviceId");
        // Written before the names are returned: if the audit write fails, the read fails.
        await audit.RecordReadsAsync(user, read.Grants, ClientFields.Name, ct, db: db);
        return TypedResults.Ok(read.Views);
    }

    /// <summary>
    /// The list and the grant of each client in it, once per client; null for an unknown service.
    /// Unaudited, so only for ListAsync and for measuring what its audit costs (bench/Sujuva.Benchmarks/Access).
    /// </summary>
    public static async Task<(List<ServiceClientView> Views, List<AccessGrant> Grants)?> ReadAsync(
        SujuvaDb db, CurrentUser user, PersonalDataAccess access, ServiceId id, CancellationToken ct)
    {
        if (!await db.ServicesVisibleTo(user).AnyAsync(s => s.Id == id, ct)) return null;
        if (!PersonalDataAccess.MayEverRead(user)) return ([], []);
        // Only cases GET /api/cases/{id} would show the user: a list never says more than its single reads.
        var cases = await db.CasesVisibleTo(user).AsNoTracking().Where(c => c.ServiceId == id && c.ClosedAt == null)
            .Select(c => new { c.Id, c.ClientId }).ToListAsync(ct);
        var grants = await access.GrantsAsync(db, user, [.. cases.Select(c => c.ClientId)], ct);
        var data = (await ClientReads.PersonalDataAsync(db, [.. grants.Keys], ct))
            .ToDictionary(d => d.Data.ClientId);
        var shown = cases.Where(c => data.ContainsKey(c.ClientId)).ToList();
        var views = shown.Select(c =>
        {
            var (pseudonym, p) = data[c.ClientId];
            var g = grants[c.ClientId];
            return new ServiceClientView(c.Id.Value, c.ClientId.Value, pseudonym, p.FirstName, p.LastName,
                g.CaseId?.Value, g.ReferralId?.Value);
        }).OrderBy(v => v.LastName, StringComparer.Ordinal).ThenBy(v => v.FirstName, StringComparer.Ordinal).ToList();
        return (views, [.. shown.Select(c => c.ClientId).Distinct().Select(c => grants[c])]);
    }
}
