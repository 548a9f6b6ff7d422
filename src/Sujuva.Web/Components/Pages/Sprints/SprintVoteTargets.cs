using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Components.Pages.Sprints;

/// <summary>
/// What the sprint page offers to vote on in an exercise: the "How might we" round votes on the HMW notes; the later
/// rounds on the notes naming the solution sketches (written in the sketch and art museum exercises) and the round's own.
/// </summary>
public static class SprintVoteTargets
{
    /// <summary>The vote round held in the exercise, or null when it is no vote.</summary>
    public static VoteRound? RoundIn(SprintExercise exercise) =>
        Enum.GetValues<VoteRound>().Cast<VoteRound?>().FirstOrDefault(r => VoteBudget.ExerciseOf(r!.Value) == exercise);

    public static IReadOnlyList<SprintNoteView> Of(VoteRound round, IEnumerable<SprintNoteView> notes) => round == VoteRound.HowMightWe
        ? [.. notes.Where(n => n.Kind == SprintNoteKind.HowMightWe)]
        : [.. notes.Where(n => n.Exercise is SprintExercise.SolutionSketch or SprintExercise.ArtMuseum || n.Exercise == VoteBudget.ExerciseOf(round))];

    /// <summary>The kind a new note in the exercise starts as: interviews and their grouping yield HMW questions.</summary>
    public static SprintNoteKind DefaultKind(SprintExercise exercise) => exercise switch
    {
        SprintExercise.ExpertInterviews or SprintExercise.OrganiseHowMightWe => SprintNoteKind.HowMightWe,
        SprintExercise.LightningDemos => SprintNoteKind.LightningDemo,
        _ => SprintNoteKind.Other,
    };
}
