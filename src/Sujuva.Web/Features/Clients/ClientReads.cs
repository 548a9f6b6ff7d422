using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Clients;

/// <summary>Loads personal data; callers must hold an AccessGrant for each client and audit the read.</summary>
public static class ClientReads
{
    public static async Task<List<(string Pseudonym, ClientPersonalData Data)>> PersonalDataAsync(
        SujuvaDb db, IReadOnlyCollection<ClientId> clients, CancellationToken ct)
    {
        var ids = clients.ToList();
        var rows = await db.ClientPersonalData.AsNoTracking()
            .Where(p => ids.Contains(p.ClientId))
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { c.Pseudonym, Data = p })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Pseudonym, r.Data))];
    }
}
