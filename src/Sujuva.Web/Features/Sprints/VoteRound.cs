namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The Design Sprint 2.0 voting rounds (METRICS.md §9): dots on the "How might we" notes, the heat map on the
/// solution sketches, the straw poll, and the Decider's super-vote. Budgets: <see cref="VoteBudget"/>.
/// </summary>
public enum VoteRound
{
    HowMightWe,
    HeatMap,
    StrawPoll,
    SuperVote,
}
