namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A vote round as one reader sees it. Until the facilitator reveals it: the reader's own dots (Mine), their budget
/// (null: unlimited; 0 for those outside the team) and how many people have voted, never who put dots where. Once
/// revealed: the tally per target, with the Decider's super-vote dots on each once that round is revealed too.
/// Version: the sprint's, for the reveal.
/// </summary>
public sealed record VoteRoundView(Guid SprintId, VoteRound Round, bool Revealed, int? Budget, int DotsUsed,
    IReadOnlyList<MyVoteView> Mine, int Voters, IReadOnlyList<VoteTallyView>? Tally, int Version);

/// <summary>Dots the reader put on one target (withdrawn by id until the reveal).</summary>
public sealed record MyVoteView(Guid Id, VoteTargetKind TargetKind, Guid TargetId, int Dots, DateTime At);

/// <summary>A target's dots in the round, and the dots of the Decider's super-vote on it (0 until that round is revealed).</summary>
public sealed record VoteTallyView(VoteTargetKind TargetKind, Guid TargetId, int Dots, int SuperVotes);
