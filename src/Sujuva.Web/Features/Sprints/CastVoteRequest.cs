namespace Sujuva.Web.Features.Sprints;

/// <summary>Dots on one target in a round.</summary>
public sealed record CastVoteRequest(VoteRound Round, VoteTargetKind TargetKind, Guid TargetId, int Dots = 1);
