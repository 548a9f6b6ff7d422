using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.StandUp;

/// <summary>Loads a team's stand-up from its services' open cases, their aging and the recent event log.</summary>
public static class StandUpQuery
{
    /// <returns>Null when the team does not exist or the user is neither in it nor sees the whole network.</returns>
    public static async Task<StandUpView?> LoadAsync(SujuvaDb db, FlowCache cache, CurrentUser user, TeamId teamId, int noMovementDays,
        DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.SeesWholeNetwork && !user.Teams.Contains(teamId)) return null;
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => LocalName.Pick(t.Name, t.NameSv, t.NameEn)).SingleOrDefaultAsync(ct);
        if (team is null) return null;

        var services = await db.Services.AsNoTracking().Where(s => s.TeamId == teamId && s.ArchivedAt == null)
            .OrderBy(s => s.Name).ToListAsync(ct);
        var ids = services.Select(s => s.Id).ToList();
        if (ids.Count == 0)
            return new StandUpView(teamId.Value, team, now, WorkingDays.StartOfPrevious(now), noMovementDays, [], [], [], [], [],
                new StandUpFeedbackView(0, null, [], null));
        var open = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ServiceId) && c.ClosedAt == null)
            .OrderBy(c => c.EnteredStageAt).ToListAsync(ct);
        var names = await AssigneeNamesAsync(db, open, ct);
        var aging = await BoardAging.LoadAsync(db, cache, ids, now, ct);
        var stageNames = services.SelectMany(s => s.Stages).ToDictionary(s => s.Id, LocalName.Of);
        var serviceNames = services.ToDictionary(s => s.Id, LocalName.Of);

        StandUpCase Row(Case c, int days, string? detail) => new(c.Id.Value, c.ClientPseudonym, serviceNames[c.ServiceId],
            stageNames.GetValueOrDefault(c.StageId, "?"), days, detail,
            c.AssigneeId is { } a ? names.GetValueOrDefault(a.Value) : null);

        var wip = services.Select(s => new ServiceWip(s.Id.Value, LocalName.Of(s), [.. s.Stages.OrderBy(x => x.Position)
            .Select(x => new StageWip(x.Id.Value, LocalName.Of(x), x.Kind, open.Count(c => c.StageId == x.Id), x.WipLimit))])).ToList();
        var blocked = open.Where(c => c.BlockedAt is not null)
            .Select(c => Row(c, ElapsedDays(c.BlockedAt!.Value, now), c.BlockedReason?.ToString()))
            .OrderByDescending(r => r.Days).ToList();
        var aged = open.Select(c => (Case: c, Age: aging.For(c.Id.Value)))
            .Where(x => x.Age.Level is AgingLevel.PastP85 or AgingLevel.PastP95)
            .Select(x => Row(x.Case, x.Age.CycleAgeDays ?? 0, $"{aging.BandsOf(x.Case.ServiceId.Value)?.P85:0}"))
            .OrderByDescending(r => r.Days).ToList();
        var still = open.Select(c => (Case: c, Days: ElapsedDays(c.EnteredStageAt, now)))
            .Where(x => x.Days >= noMovementDays)
            .Select(x => Row(x.Case, x.Days, null))
            .OrderByDescending(r => r.Days).ToList();

        var since = WorkingDays.StartOfPrevious(now);
        var changes = await StandUpChanges.LoadAsync(db, teamId, ids, serviceNames, since, ct);
        var feedback = await StandUpFeedback.LoadAsync(db, user, serviceNames, since, now, ct);
        return new StandUpView(teamId.Value, team, now, since, noMovementDays, wip, blocked, aged, still, changes, feedback);
    }

    /// <summary>Whole elapsed days (METRICS.md §1 elapsed days, rounded down), as the board shows ages.</summary>
    public static int ElapsedDays(DateTime from, DateTime now) => (int)Math.Floor((now - from).TotalDays);

    private static async Task<Dictionary<Guid, string>> AssigneeNamesAsync(SujuvaDb db, List<Case> open, CancellationToken ct)
    {
        var ids = open.Where(c => c.AssigneeId is not null).Select(c => c.AssigneeId!.Value.Value).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
