using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Home;

/// <summary>One of my teams; HasBoard: it has a service, so a stand-up to offer (a development team may have none).</summary>
public sealed record TeamSummary(TeamId Id, string Name, string Organisation, bool HasBoard);

public sealed record BoardSummary(ServiceId Id, string Name, string Organisation, bool IsMine, int Open, int Blocked,
    int IncomingReferrals);

/// <summary>The home page's figures: my teams, the boards I work (or may look at), pending work.</summary>
public sealed record HomeSummary(IReadOnlyList<TeamSummary> Teams, IReadOnlyList<BoardSummary> Boards)
{
    public static async Task<HomeSummary> LoadAsync(SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var teamIds = user.Teams.ToList();
        var teams = await db.Teams.AsNoTracking()
            .Where(t => teamIds.Contains(t.Id))
            .Join(db.Organisations, t => t.OrganisationId, o => o.Id, (t, o) => new
            {
                t.Id, Name = LocalName.Pick(t.Name, t.NameSv, t.NameEn), Org = LocalName.Pick(o.Name, o.NameSv, o.NameEn),
                HasBoard = db.Services.Any(s => s.TeamId == t.Id && s.ArchivedAt == null),
            })
            .ToListAsync(ct);

        var services = await db.ServicesWorkVisibleTo(user).AsNoTracking()
            .Where(s => s.ArchivedAt == null)
            .Join(db.Organisations, s => s.OrganisationId, o => o.Id, (s, o) => new
            {
                s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn), s.TeamId, Org = LocalName.Pick(o.Name, o.NameSv, o.NameEn),
            })
            .ToListAsync(ct);

        var open = await db.Cases.AsNoTracking().Where(c => c.ClosedAt == null)
            .GroupBy(c => c.ServiceId)
            .Select(g => new { g.Key, Open = g.Count(), Blocked = g.Count(c => c.BlockedAt != null) })
            .ToDictionaryAsync(x => x.Key, ct);
        var pending = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.Sent)
            .GroupBy(r => r.ToServiceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var boards = services
            .Select(s => new BoardSummary(s.Id, s.Name, s.Org, teamIds.Contains(s.TeamId),
                open.TryGetValue(s.Id, out var o) ? o.Open : 0, o?.Blocked ?? 0,
                pending.GetValueOrDefault(s.Id)))
            .OrderByDescending(b => b.IsMine).ThenBy(b => b.Organisation, StringComparer.CurrentCulture)
            .ThenBy(b => b.Name, StringComparer.CurrentCulture)
            .ToList();
        return new HomeSummary(
            [.. teams.Select(t => new TeamSummary(t.Id, t.Name, t.Org, t.HasBoard)).OrderBy(t => t.Name, StringComparer.CurrentCulture)],
            boards);
    }
}
