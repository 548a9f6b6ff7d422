namespace Sujuva.Web.Features.Sprints;

/// <summary>The exercises of the Design Sprint 2.0 agenda (METRICS.md §9), in agenda order; see <see cref="DesignSprintAgenda"/>.</summary>
public enum SprintExercise
{
    // Day 1, Map & Sketch
    ExpertInterviews,
    OrganiseHowMightWe,
    LongTermGoal,
    SprintQuestions,
    Map,
    TargetMoment,
    LightningDemos,
    SketchNotes,
    SketchIdeas,
    CrazyEights,
    SolutionSketch,

    // Day 2, Decide & Storyboard
    ArtMuseum,
    HeatMapVote,
    SpeedCritique,
    StrawPoll,
    SuperVote,
    UserTestFlow,
    Storyboard,

    // Day 3, Prototype
    Prototype,
    RecruitTesters,
    InterviewScript,

    // Day 4, Test
    CustomerInterviews,
    Patterns,
    NextSteps,
}
