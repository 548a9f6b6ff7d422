using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Dot voting: a team member puts dots on a target within their budget for the round (<see cref="VoteBudget"/>) and
/// may take them back until the facilitator reveals the round. The budget is counted and the dots saved inside one
/// serialized write, so two casts of one voter at once cannot together go over it.
/// </summary>
public static class CastVote
{
    public static async Task<Outcome<VoteRoundView>> CastAsync(Guid sprintId, CastVoteRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await SprintRows.FindAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (Open(user, sprint, request.Round) is { } refusal) return refusal;
        if (!Enum.IsDefined(request.TargetKind))
            return Refusal.Invalid("targetKind", "Sprints.UnknownVoteTargetKind", "Choose what to vote on.");
        if (request.Dots is < 1 or > VoteBudget.MaxPerCast)
            return Refusal.Invalid("dots", "Sprints.DotsPerCast", $"Put 1 to {VoteBudget.MaxPerCast} dots on a target at a time.");
        var budget = VoteBudget.Of(request.Round, user.Id == sprint.DeciderId);

        await using var write = await db.BeginSerializedWriteAsync(ct);
        // Inside the write: a note deleted at the same time is either gone here or deleted with its dots after.
        if (await TargetRefusalAsync(db, sprint, request, ct) is { } badTarget) return badTarget;
        if (budget is { } most)
        {
            var used = await db.SprintVotes.Where(v => v.SprintId == sprint.Id && v.Round == request.Round && v.VoterId == user.Id)
                .SumAsync(v => v.Dots, ct);
            if (used + request.Dots > most)
                return Refusal.Rule("dots", "Sprints.OverBudget", $"Your budget in this round is {most} dots; {Math.Max(0, most - used)} are left.");
        }
        var at = clock.GetUtcNow().UtcDateTime;
        db.SprintVotes.Add(new SprintVote(sprint.Id, request.Round, request.TargetKind, request.TargetId, user.Id, request.Dots, at));
        sprint.Touched(SprintChange.Voted, VoteBudget.ExerciseOf(request.Round), user.Id, at);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        await write.CommitAsync(ct);
        return await ReadVotes.ViewAsync(db, sprint, request.Round, user, ct);
    }

    /// <summary>Takes the reader's dots back off a target, until the round is revealed.</summary>
    public static async Task<Outcome<VoteRoundView>> WithdrawAsync(Guid sprintId, Guid voteId, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var sprint = await SprintRows.FindAsync(db, sprintId, ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        // Another voter's dots are not told apart from none: votes stay anonymous.
        var vote = await db.SprintVotes.SingleOrDefaultAsync(v => v.Id == new SprintVoteId(voteId) && v.SprintId == sprint.Id && v.VoterId == user.Id, ct);
        if (vote is null) return Refusal.NotFound("voteId");
        if (Open(user, sprint, vote.Round) is { } refusal) return refusal;
        db.SprintVotes.Remove(vote);
        sprint.Touched(SprintChange.Voted, VoteBudget.ExerciseOf(vote.Round), user.Id, clock.GetUtcNow().UtcDateTime);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return await ReadVotes.ViewAsync(db, sprint, vote.Round, user, ct);
    }

    private static Refusal? Open(CurrentUser user, Sprint sprint, VoteRound round)
    {
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        if (!Enum.IsDefined(round)) return Refusal.Invalid("round", "Sprints.UnknownRound", "Choose a vote round.");
        return sprint.RevealedRounds.Contains(round)
            ? Refusal.Rule("round", "Sprints.RoundRevealed", "The round's votes are revealed; it takes no more changes.")
            : null;
    }

    /// <summary>The target exists in this sprint and suits the round; each target kind adds its check here.</summary>
    private static async Task<Refusal?> TargetRefusalAsync(SujuvaDb db, Sprint sprint, CastVoteRequest request, CancellationToken ct)
    {
        switch (request.TargetKind)
        {
            case VoteTargetKind.Note:
                var kind = await db.SprintNotes.Where(n => n.Id == new SprintNoteId(request.TargetId) && n.SprintId == sprint.Id)
                    .Select(n => (SprintNoteKind?)n.Kind).SingleOrDefaultAsync(ct);
                if (kind is null) return Refusal.Invalid("targetId", "Sprints.UnknownVoteTarget", "No such note in the sprint.");
                return request.Round == VoteRound.HowMightWe && kind != SprintNoteKind.HowMightWe
                    ? Refusal.Rule("targetId", "Sprints.VoteOnHowMightWe", "The \"How might we\" round votes on \"How might we\" notes.")
                    : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.TargetKind, null);
        }
    }
}
