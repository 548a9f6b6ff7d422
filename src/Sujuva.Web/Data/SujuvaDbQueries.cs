using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Cases;
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

    /// <summary>Every signed-in user sees the network's structure (to refer clients anywhere).</summary>
    public IQueryable<Service> ServicesVisibleTo(CurrentUser user) =>
        Services.Where(s => s.ArchivedAt == null || user.SeesWholeNetwork);
}
