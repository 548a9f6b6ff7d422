using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

/// <summary>
/// The client already registered under an identity code. ClientId, Pseudonym and Name are set only when the
/// user may read the client (need-to-know); otherwise the user learns only that such a client exists.
/// </summary>
public sealed record DuplicateClient(Guid? ClientId, string? Pseudonym, string? Name)
{
    public bool Visible => ClientId is not null;
}

/// <summary>Whether an identity code is registered already: the check before registering a client.</summary>
public static class ClientDuplicates
{
    /// <summary>
    /// The check as the API offers it: for those who register clients (team leads and workers), with a valid
    /// code (400 naming identityCode otherwise).
    /// </summary>
    public static async Task<Outcome<DuplicateCheckView>> CheckAsync(string? identityCode, SujuvaDb db, CurrentUser user,
        PersonalDataAccess access, AuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        // Whether a code is registered is itself about a person: asked only by those who take clients in.
        if (!user.IsInRole(Auth.Roles.TeamLead) && !user.IsInRole(Auth.Roles.Worker))
            return Refusal.Forbidden("role", "Forbidden", "Team leads and workers register clients.");
        var (code, fault) = FinnishIdentityCode.Read(identityCode, RegisterClient.Today(clock));
        if (code is null) return RegisterClient.IdentityCodeRefusal(fault!.Value);
        var found = await FindAsync(code, db, user, access, audit, null, ct);
        return new DuplicateCheckView(found is not null, found?.ClientId, found?.Pseudonym, found?.Name);
    }

    public static Task<bool> ExistsAsync(SujuvaDb db, FinnishIdentityCode code, CancellationToken ct) =>
        db.ClientPersonalData.AsNoTracking().AnyAsync(p => p.IdentityCode == code.Value, ct);

    /// <summary>
    /// Null when no client has the code. A client the user may read is returned with their name, an audited
    /// read; one they may not is not named, and the lookup is audited as such (AuditKind.IdentityCodeLookup):
    /// it still told the user that the code is registered. source: the page, when not an endpoint.
    /// </summary>
    public static async Task<DuplicateClient?> FindAsync(FinnishIdentityCode code, SujuvaDb db, CurrentUser user,
        PersonalDataAccess access, AuditTrail audit, string? source, CancellationToken ct)
    {
        var ids = await db.ClientPersonalData.AsNoTracking().Where(p => p.IdentityCode == code.Value)
            .Select(p => p.ClientId).ToListAsync(ct);
        if (ids.Count == 0) return null;
        var grants = await access.GrantsAsync(db, user, ids, ct);
        if (grants.Count == 0)
        {
            var at = audit.Now;
            await audit.RecordAsync([.. ids.Select(id => new AuditEntry(AuditKind.IdentityCodeLookup, at, user.Id, id,
                ["IdentityCode"]))], ct, source, db);
            return new DuplicateClient(null, null, null);
        }
        var (clientId, grant) = grants.OrderBy(g => g.Key.Value).First();
        var (pseudonym, data) = (await ClientReads.PersonalDataAsync(db, [clientId], ct)).Single();
        // Audited before the name leaves this method: a failed audit write fails the lookup.
        await audit.RecordReadsAsync(user, [grant], [.. ClientFields.Name, "IdentityCode"], ct, source, db);
        return new DuplicateClient(clientId.Value, pseudonym, $"{data.FirstName} {data.LastName}");
    }
}
