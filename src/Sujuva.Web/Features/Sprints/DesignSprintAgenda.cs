namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The Design Sprint 2.0 agenda (AJ&amp;Smart, 2018; METRICS.md §9) as timed exercises per day. The full team is needed
/// on days 1–2 only. The minutes are the agenda's own; a facilitator may run an exercise longer (the timer shows it
/// as overtime), but the agenda stays the shared plan every sprint is measured against.
/// </summary>
public static class DesignSprintAgenda
{
    public static IReadOnlyList<AgendaStep> Steps { get; } =
    [
        new(SprintExercise.ExpertInterviews, 1, 1, 60),
        new(SprintExercise.OrganiseHowMightWe, 1, 1, 15),
        new(SprintExercise.LongTermGoal, 1, 1, 15),
        new(SprintExercise.SprintQuestions, 1, 1, 15),
        new(SprintExercise.Map, 1, 1, 40),
        new(SprintExercise.TargetMoment, 1, 1, 10),
        new(SprintExercise.LightningDemos, 1, 2, 60),
        new(SprintExercise.SketchNotes, 1, 2, 20),
        new(SprintExercise.SketchIdeas, 1, 2, 20),
        new(SprintExercise.CrazyEights, 1, 2, 8),
        new(SprintExercise.SolutionSketch, 1, 2, 60),
        new(SprintExercise.ArtMuseum, 2, 1, 10),
        new(SprintExercise.HeatMapVote, 2, 1, 10),
        new(SprintExercise.SpeedCritique, 2, 1, 45),
        new(SprintExercise.StrawPoll, 2, 1, 10),
        new(SprintExercise.SuperVote, 2, 1, 5),
        new(SprintExercise.UserTestFlow, 2, 1, 30),
        new(SprintExercise.Storyboard, 2, 2, 150),
        new(SprintExercise.Prototype, 3, 1, 180),
        new(SprintExercise.RecruitTesters, 3, 1, 30),
        new(SprintExercise.InterviewScript, 3, 2, 60),
        new(SprintExercise.CustomerInterviews, 4, 1, 300),
        new(SprintExercise.Patterns, 4, 2, 30),
        new(SprintExercise.NextSteps, 4, 2, 30),
    ];

    public static AgendaStep Of(SprintExercise exercise) => Steps.Single(s => s.Exercise == exercise);

    /// <summary>The exercise after this one, or null after the last.</summary>
    public static AgendaStep? After(SprintExercise exercise)
    {
        var i = IndexOf(exercise);
        return i + 1 < Steps.Count ? Steps[i + 1] : null;
    }

    public static int IndexOf(SprintExercise exercise)
    {
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i].Exercise == exercise) return i;
        throw new ArgumentOutOfRangeException(nameof(exercise), exercise, null);
    }

    /// <summary>The exercises of one day, or of one half of it (half 0: the whole day).</summary>
    public static IEnumerable<AgendaStep> Of(int day, int half = 0) =>
        Steps.Where(s => s.Day == day && (half == 0 || s.Half == half));
}
