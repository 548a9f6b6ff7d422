using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

/// <summary>One case of a found client, as the user may see it (CasesVisibleTo).</summary>
public sealed record ClientCaseLink(Guid CaseId, Guid ServiceId, string ServiceName, DateTime OpenedAt, DateTime? ClosedAt);

/// <summary>A found client: what tells two people of the same name apart, and their cases.</summary>
public sealed record ClientHit(Guid ClientId, string Pseudonym, string FirstName, string LastName, DateOnly? BirthDate,
    List<ClientCaseLink> Cases);

/// <summary>
/// Finding a client by name or identity code among the clients the user may read (need-to-know): nobody
/// else is looked at, and each client returned is one audited read.
/// </summary>
public static class FindClients
{
    public const int MaxHits = 50;

    private static readonly IReadOnlyList<string> Shown = [.. ClientFields.Name, "BirthDate"];

    /// <summary>
    /// A valid identity code finds its one client; other text finds the clients whose names hold each of
    /// its words. source: the page, when not an endpoint.
    /// </summary>
    public static async Task<Outcome<List<ClientHit>>> SearchAsync(string? query, SujuvaDb db, CurrentUser user,
        PersonalDataAccess access, AuditTrail audit, TimeProvider clock, string? source, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        if (text.Length < 2)
            return Refusal.Invalid("query", "Clients.SearchTooShort", "Type at least two characters of a name, or an identity code.");
        var grants = await access.AllGrantsAsync(db, user, ct);
        if (grants.Count == 0) return new List<ClientHit>();

        var code = FinnishIdentityCode.Read(text, RegisterClient.Today(clock)).Code;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = (await ClientReads.PersonalDataAsync(db, [.. grants.Keys], ct))
            .Where(d => code is not null ? d.Data.IdentityCode == code.Value : words.All(w => NameHolds(d.Data, w)))
            .OrderBy(d => d.Data.LastName, StringComparer.CurrentCulture).ThenBy(d => d.Data.FirstName, StringComparer.CurrentCulture)
            .Take(MaxHits).ToList();
        if (found.Count == 0) return new List<ClientHit>();

        var ids = found.Select(d => d.Data.ClientId).ToList();
        var cases = await db.CasesVisibleTo(user).AsNoTracking().Where(c => ids.Contains(c.ClientId))
            .Select(c => new { c.ClientId, Link = new ClientCaseLink(c.Id.Value, c.ServiceId.Value, c.Service.Name, c.OpenedAt, c.ClosedAt) })
            .ToListAsync(ct);
        // Audited before the names leave this method: a failed audit write fails the search.
        await audit.RecordReadsAsync(user, ids.Select(id => grants[id]), Shown, ct, source, db);
        return found.Select(d => new ClientHit(d.Data.ClientId.Value, d.Pseudonym, d.Data.FirstName, d.Data.LastName,
            d.Data.BirthDate, [.. cases.Where(c => c.ClientId == d.Data.ClientId).Select(c => c.Link)
                .OrderByDescending(l => l.OpenedAt)])).ToList();
    }

    private static bool NameHolds(ClientPersonalData p, string word) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(p.FirstName, word, CompareOptions.IgnoreCase) >= 0
        || CultureInfo.InvariantCulture.CompareInfo.IndexOf(p.LastName, word, CompareOptions.IgnoreCase) >= 0;
}
