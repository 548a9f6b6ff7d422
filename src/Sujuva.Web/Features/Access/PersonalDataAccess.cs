using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Access;

/// <summary>
/// Need-to-know, the one rule for reading a client's personal data (docs/decisions/0006). A worker or
/// team lead reads it while a team they belong to has an open case for the client, or closed one
/// within Access:GraceDays, or has sent a referral for the client that is still pending. A receiving
/// team gets access only by accepting (which opens its case). Managers, developers and administrators
/// work with pseudonymous data only. Callers answer 404 when there is no grant.
/// Opening or reopening a case creates a grant, so it needs one first (MayTakeOnAsync).
/// </summary>
public sealed class PersonalDataAccess(TimeProvider clock, IOptions<AccessOptions> options)
{
    public static bool MayEverRead(CurrentUser user) =>
        (user.IsInRole(Roles.Worker) || user.IsInRole(Roles.TeamLead)) && user.Teams.Count > 0;

    public async Task<AccessGrant?> GrantAsync(SujuvaDb db, CurrentUser user, ClientId client, CancellationToken ct) =>
        (await GrantsAsync(db, user, [client], ct)).GetValueOrDefault(client);

    /// <summary>The grant of each client the user may read; clients without one are absent.</summary>
    public async Task<IReadOnlyDictionary<ClientId, AccessGrant>> GrantsAsync(
        SujuvaDb db, CurrentUser user, IReadOnlyCollection<ClientId> clients, CancellationToken ct)
    {
        if (!MayEverRead(user) || clients.Count == 0) return new Dictionary<ClientId, AccessGrant>();
        return await GrantsOfTeamsAsync(db, [.. user.Teams], clients, ct);
    }

    /// <summary>Every client the user may read, with its grant: what a search for clients looks among (FindClients).</summary>
    public async Task<IReadOnlyDictionary<ClientId, AccessGrant>> AllGrantsAsync(SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        MayEverRead(user) ? await GrantsOfTeamsAsync(db, [.. user.Teams], null, ct) : new Dictionary<ClientId, AccessGrant>();

    /// <summary>
    /// Whether a team may open (or reopen) a case for a client, which would grant it access: only when it
    /// already has a reason to hold the client's data. That is a grant of its own (a case open or closed
    /// within the grace period, which includes an accepted referral's case, or a pending referral it sent),
    /// or the client's registration by one of its members that no case has used yet (the team typed the
    /// data in itself). Knowing a client's id is not a reason; a declined referral gives none.
    /// </summary>
    public async Task<bool> MayTakeOnAsync(SujuvaDb db, TeamId team, ClientId client, CancellationToken ct)
    {
        if ((await GrantsOfTeamsAsync(db, [team], [client], ct)).Count > 0) return true;
        return await db.Clients.AsNoTracking().AnyAsync(c => c.Id == client
            && db.TeamMembers.Any(m => m.TeamId == team && m.UserId == c.RegisteredBy)
            && !db.Cases.Any(x => x.ClientId == client), ct);
    }

    private async Task<Dictionary<ClientId, AccessGrant>> GrantsOfTeamsAsync(
        SujuvaDb db, List<TeamId> teams, IReadOnlyCollection<ClientId>? clients, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(0, options.Value.GraceDays));

        // clients null: every client of the teams.
        var caseQuery = db.Cases.AsNoTracking()
            .Where(c => teams.Contains(c.Service.TeamId) && (c.ClosedAt == null || c.ClosedAt >= since));
        var referralQuery = db.Referrals.AsNoTracking()
            .Where(r => teams.Contains(r.FromTeamId) && r.Status == ReferralStatus.Sent);
        if (clients is not null)
        {
            var ids = clients.Distinct().ToList();
            caseQuery = caseQuery.Where(c => ids.Contains(c.ClientId));
            referralQuery = referralQuery.Where(r => ids.Contains(r.ClientId));
        }
        var cases = await caseQuery.Select(c => new { c.ClientId, c.Id, c.ClosedAt }).ToListAsync(ct);
        var referrals = await referralQuery.Select(r => new { r.ClientId, r.Id }).ToListAsync(ct);

        // The strongest reason first: an open case, then a pending referral, then the latest closing.
        var grants = new Dictionary<ClientId, AccessGrant>();
        foreach (var c in cases.Where(c => c.ClosedAt is null).OrderBy(c => c.Id.Value))
            grants.TryAdd(c.ClientId, AccessGrant.ByCase(c.ClientId, c.Id));
        foreach (var r in referrals.OrderBy(r => r.Id.Value))
            grants.TryAdd(r.ClientId, AccessGrant.ByReferral(r.ClientId, r.Id));
        foreach (var c in cases.Where(c => c.ClosedAt is not null).OrderByDescending(c => c.ClosedAt))
            grants.TryAdd(c.ClientId, AccessGrant.ByCase(c.ClientId, c.Id));
        return grants;
    }
}
