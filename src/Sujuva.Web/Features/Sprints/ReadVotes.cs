using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A vote round as its reader may see it: anonymous until the facilitator reveals it (own dots and the number of
/// voters only), then the tally per target with the Decider's super-vote marked.
/// </summary>
public static class ReadVotes
{
    public static async Task<Outcome<VoteRoundView>> RoundAsync(Guid sprintId, VoteRound round, SujuvaDb db, CurrentUser user,
        CancellationToken ct)
    {
        var sprint = await SprintRows.ReadAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (!Enum.IsDefined(round)) return Refusal.Invalid("round", "Sprints.UnknownRound", "Choose a vote round.");
        return await ViewAsync(db, sprint, round, user, ct);
    }

    public static async Task<VoteRoundView> ViewAsync(SujuvaDb db, Sprint sprint, VoteRound round, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sprint);
        ArgumentNullException.ThrowIfNull(user);
        var superRevealed = sprint.RevealedRounds.Contains(VoteRound.SuperVote);
        var rounds = superRevealed ? new[] { round, VoteRound.SuperVote } : [round];
        var votes = await db.SprintVotes.AsNoTracking().Where(v => v.SprintId == sprint.Id && rounds.Contains(v.Round)).ToListAsync(ct);
        var inRound = votes.Where(v => v.Round == round).ToList();
        var mine = inRound.Where(v => v.VoterId == user.Id).OrderBy(v => v.At)
            .Select(v => new MyVoteView(v.Id.Value, v.TargetKind, v.TargetId, v.Dots, v.At)).ToList();
        var revealed = sprint.RevealedRounds.Contains(round);
        var superVotes = votes.Where(v => v.Round == VoteRound.SuperVote).GroupBy(v => (v.TargetKind, v.TargetId))
            .ToDictionary(g => g.Key, g => g.Sum(v => v.Dots));
        List<VoteTallyView>? tally = revealed
            ? [.. inRound.GroupBy(v => (v.TargetKind, v.TargetId))
                .Select(g => new VoteTallyView(g.Key.TargetKind, g.Key.TargetId, g.Sum(v => v.Dots), superVotes.GetValueOrDefault(g.Key)))
                .OrderByDescending(t => t.Dots).ThenBy(t => t.TargetId)]
            : null;
        int? budget = SprintAccess.MayWorkIn(user, sprint) ? VoteBudget.Of(round, user.Id == sprint.DeciderId) : 0;
        return new VoteRoundView(sprint.Id.Value, round, revealed, budget, mine.Sum(v => v.Dots), mine,
            inRound.Select(v => v.VoterId).Distinct().Count(), tally, sprint.Version);
    }
}
