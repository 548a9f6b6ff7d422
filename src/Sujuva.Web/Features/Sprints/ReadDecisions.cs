using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Reading a sprint's decisions and what became of them: every signed-in member of the network reads them. At 6 and
/// 12 weeks after the sprint closed, each decision's fate at that instant is told from the live objects' history,
/// so a checkpoint keeps saying what it said when it came.
/// </summary>
public static class ReadDecisions
{
    /// <summary>The follow-up checkpoints, in weeks after the close (issue 17).</summary>
    public static IReadOnlyList<int> CheckpointWeeks { get; } = [6, 12];

    public static async Task<Outcome<SprintDecisionsView>> ListAsync(Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        var decisions = (await db.SprintDecisions.AsNoTracking().Where(d => d.SprintId == sprint.Id).ToListAsync(ct))
            .OrderBy(d => d.DecidedAt).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var fates = await DecisionFates.LoadAsync(db, decisions, now, ct);
        var people = await PeopleAsync(db, decisions, ct);
        var checkpoints = sprint.ClosedAt is { } closed
            ? CheckpointWeeks.Select(w => Checkpoint(w, closed.AddDays(7 * w), now, decisions, fates)).ToList()
            : [];
        return new SprintDecisionsView(sprint.Id.Value, sprint.Status, sprint.ClosedAt, sprint.Version,
            SprintAccess.MayRun(user, sprint) && sprint.Status != SprintStatus.Closed,
            [.. decisions.Select(d => View(d, fates, people, now))], checkpoints);
    }

    /// <summary>One decision with its fate now: the answer to deciding or editing it.</summary>
    public static async Task<SprintDecisionView> ViewAsync(SujuvaDb db, TimeProvider clock, SprintDecision decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        return View(decision, await DecisionFates.LoadAsync(db, [decision], now, ct), await PeopleAsync(db, [decision], ct), now);
    }

    private static DecisionCheckpoint Checkpoint(int weeks, DateTime at, DateTime now, List<SprintDecision> decisions, DecisionFates fates) =>
        new(weeks, at, DayCount.LocalDate(at), now >= at,
            now >= at ? [.. decisions.Select(d => new DecisionAtCheckpoint(d.Id.Value, fates.At(d, at)))] : []);

    private static SprintDecisionView View(SprintDecision d, DecisionFates fates, Dictionary<Guid, string> people, DateTime now) =>
        new(d.Id.Value, d.Kind, d.What, Person(people, d.OwnerId), d.Due, d.Reason, d.Prediction, fates.Link(d), fates.At(d, now),
            d.DecidedAt, Person(people, d.DecidedBy), d.Version);

    private static async Task<Dictionary<Guid, string>> PeopleAsync(SujuvaDb db, IReadOnlyCollection<SprintDecision> decisions, CancellationToken ct)
    {
        var ids = decisions.SelectMany(d => new[] { d.OwnerId.Value, d.DecidedBy.Value }).Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static PersonView Person(Dictionary<Guid, string> people, UserId id) => new(id.Value, people.GetValueOrDefault(id.Value, "?"));
}
