using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// What a user may see of pseudonymous work data. Workers and team leads see their teams' services and
/// the cases referred to or from them; others see the whole network. Personal data has its own,
/// narrower rule: Features/Access/PersonalDataAccess.
/// </summary>
public abstract partial class SujuvaDb
{
    /// <summary>Append-only (AuditLog.RefuseChanges); read through the audit endpoints.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReferralConsent> ReferralConsents => Set<ReferralConsent>();

    /// <summary>Free text beside cases; read only through CaseNotes (need-to-know, audited).</summary>
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public IQueryable<Case> CasesVisibleTo(CurrentUser user)
    {
        if (user.SeesWholeNetwork) return Cases;
        var teams = user.Teams.ToList();
        return Cases.Where(c => teams.Contains(c.Service.TeamId)
            || Referrals.Any(r => (r.FromCaseId == c.Id && teams.Contains(r.ToTeamId))
                || (r.NewCaseId == c.Id && teams.Contains(r.FromTeamId))));
    }

    public IQueryable<Referral> ReferralsVisibleTo(CurrentUser user)
    {
        if (user.SeesWholeNetwork) return Referrals;
        var teams = user.Teams.ToList();
        return Referrals.Where(r => teams.Contains(r.FromTeamId) || teams.Contains(r.ToTeamId));
    }

    /// <summary>
    /// "The services of my teams": the services of the teams the user is a member of (archived ones too: their
    /// history stays the team's). Network-wide roles without a team have none.
    /// </summary>
    public IQueryable<Service> ServicesOf(CurrentUser user)
    {
        var teams = user.Teams.ToList();
        return Services.Where(s => teams.Contains(s.TeamId));
    }

    /// <summary>
    /// The services whose pseudonymous work (events, per-service and per-team figures, feedback) the user sees:
    /// the services of their teams, or every service for managers, developers and administrators.
    /// </summary>
    public IQueryable<Service> ServicesWorkVisibleTo(CurrentUser user) =>
        user.SeesWholeNetwork ? Services : ServicesOf(user);

    /// <summary>The event log as the user may read it: the events of the services whose work they see.</summary>
    public IQueryable<Event> EventsVisibleTo(CurrentUser user)
    {
        if (user.SeesWholeNetwork) return Events;
        var services = ServicesOf(user).Select(s => s.Id);
        return Events.Where(e => e.ServiceId != null && services.Contains(e.ServiceId.Value));
    }

    /// <summary>Whether the user is a member of the team: who a case may be assigned or paired to.</summary>
    public Task<bool> IsMemberAsync(UserId user, TeamId team, CancellationToken ct) =>
        TeamMembers.AnyAsync(m => m.UserId == user && m.TeamId == team, ct);

    /// <summary>Every signed-in user sees the network's structure (to refer clients anywhere).</summary>
    public IQueryable<Service> ServicesVisibleTo(CurrentUser user) =>
        Services.Where(s => s.ArchivedAt == null || user.SeesWholeNetwork);
}
