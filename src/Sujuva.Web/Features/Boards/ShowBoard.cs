using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Boards;

/// <summary>A service's board as the user may see it: what GET /api/services/{id}/board and the board pages show.</summary>
public static class ShowBoard
{
    /// <summary>The open cases the user may see, per stage in board order; clients by pseudonym only.</summary>
    public static async Task<Outcome<BoardView>> LoadAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, DateTime now, CancellationToken ct)
    {
        var id = new ServiceId(serviceId);
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return Refusal.NotFound("serviceId");
        var open = await db.CasesVisibleTo(user).AsNoTracking()
            .Where(c => c.ServiceId == id && c.ClosedAt == null)
            .OrderBy(c => c.EnteredStageAt)
            .Select(c => new { c.StageId, c.AssigneeId, c.PairId, Card = new BoardCard(c.Id.Value, c.ClientPseudonym, c.OpenedAt,
                c.EnteredStageAt, c.BlockedReason, c.BlockedAt, c.Version, null, null) })
            .ToListAsync(ct);
        var badges = await SessionBadge.ForCasesAsync(db,
            db.CasesVisibleTo(user).Where(c => c.ServiceId == id && c.ClosedAt == null).Select(c => c.Id), now, ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == service.TeamId)
            .Select(t => LocalName.Pick(t.Name, t.NameSv, t.NameEn)).SingleAsync(ct);
        var workers = await WorkersAsync(db, service.TeamId, open.SelectMany(x => new[] { x.AssigneeId, x.PairId }), ct);
        var names = workers.ToDictionary(w => w.Id, w => w.Name);
        var byStage = open.ToLookup(x => x.StageId, x => x.Card with
        {
            AssigneeId = x.AssigneeId?.Value, AssigneeName = x.AssigneeId is { } a ? names.GetValueOrDefault(a.Value, "?") : null,
            PairId = x.PairId?.Value, PairName = x.PairId is { } p ? names.GetValueOrDefault(p.Value, "?") : null,
            Session = badges.GetValueOrDefault(x.Card.CaseId),
        });
        var columns = service.Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position)
            .Select(s => new BoardColumn(s.Id.Value, LocalName.Of(s), s.Kind, s.WipLimit, byStage[s.Id].Count(),
                [.. byStage[s.Id]]))
            .ToList();
        return new BoardView(serviceId, LocalName.Of(service), columns)
        {
            TeamId = service.TeamId.Value, TeamName = team,
            Workers = [.. workers.Where(w => w.IsMember).Select(w => new BoardWorker(w.Id, w.Name))],
        };
    }

    private sealed record WorkerName(Guid Id, string Name, bool IsMember);

    /// <summary>The team's members, plus assignees and pairs who have since left it (their cards still name them).</summary>
    private static async Task<List<WorkerName>> WorkersAsync(SujuvaDb db, TeamId team, IEnumerable<UserId?> assignees,
        CancellationToken ct)
    {
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team).Select(m => m.UserId.Value)
            .ToListAsync(ct);
        var wanted = members.Concat(assignees.OfType<UserId>().Select(a => a.Value)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. users.Select(u => new WorkerName(u.Id, u.DisplayName, members.Contains(u.Id)))
            .OrderBy(w => w.Name, StringComparer.CurrentCulture)];
    }
}
