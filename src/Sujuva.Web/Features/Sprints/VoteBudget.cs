namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// How many dots each voter has per round, the one place the budgets are set: "How might we" 2 each and 4 for the
/// Decider; the heat map unlimited; the straw poll 1 each; the super-vote 3 for the Decider and none for the others.
/// </summary>
public static class VoteBudget
{
    /// <summary>The voter's dots in the round; null: unlimited.</summary>
    public static int? Of(VoteRound round, bool isDecider) => round switch
    {
        VoteRound.HowMightWe => isDecider ? 4 : 2,
        VoteRound.HeatMap => null,
        VoteRound.StrawPoll => 1,
        VoteRound.SuperVote => isDecider ? 3 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(round), round, null),
    };

    /// <summary>The agenda exercise a round is voted in; its events name it.</summary>
    public static SprintExercise ExerciseOf(VoteRound round) => round switch
    {
        VoteRound.HowMightWe => SprintExercise.OrganiseHowMightWe,
        VoteRound.HeatMap => SprintExercise.HeatMapVote,
        VoteRound.StrawPoll => SprintExercise.StrawPoll,
        VoteRound.SuperVote => SprintExercise.SuperVote,
        _ => throw new ArgumentOutOfRangeException(nameof(round), round, null),
    };

    /// <summary>Most dots one cast may put on a target, so an unlimited heat map still takes sensible requests.</summary>
    public const int MaxPerCast = 20;
}
