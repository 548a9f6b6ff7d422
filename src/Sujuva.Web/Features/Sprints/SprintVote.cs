namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Dots one voter put on one target in one round: a row of its own, so voters never conflict; the round's budget
/// (<see cref="VoteBudget"/>) is checked against the voter's rows inside a serialized write (<see cref="CastVote"/>).
/// </summary>
public sealed class SprintVote
{
    public SprintVoteId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public VoteRound Round { get; private set; }
    public VoteTargetKind TargetKind { get; private set; }
    public Guid TargetId { get; private set; }
    public UserId VoterId { get; private set; }
    public int Dots { get; private set; }
    public DateTime At { get; private set; }

    private SprintVote() { }

    public SprintVote(SprintId sprint, VoteRound round, VoteTargetKind targetKind, Guid targetId, UserId voter, int dots, DateTime at)
    {
        (Id, SprintId, Round, TargetKind, TargetId, VoterId, Dots, At) =
            (new(Guid.CreateVersion7(at)), sprint, round, targetKind, targetId, voter, dots, at);
    }
}
