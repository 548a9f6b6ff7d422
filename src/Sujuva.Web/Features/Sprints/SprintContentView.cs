namespace Sujuva.Web.Features.Sprints;

/// <summary>A step of the map as pages draw it: its stage and service named in the reader's language.</summary>
public sealed record SprintMapStepView(string Text, string? Actor, Guid? StageId, string? StageName, Guid? ServiceId, string? ServiceName);

/// <summary>
/// The sprint's content (GET/PUT /api/sprints/{id}/content). MayWork: the reader may edit it; MayChoose: the reader is
/// the Decider, who alone chooses questions.
/// </summary>
public sealed record SprintContentView(
    Guid SprintId, string LongTermGoal, IReadOnlyList<SprintQuestion> Questions, string TargetMoment, IReadOnlyList<string> MapActors,
    IReadOnlyList<SprintMapStepView> MapSteps, IReadOnlyList<string> Storyboard, int StoryboardMin, int StoryboardMax,
    string InterviewScript, string? PrototypeUrl, int Version, bool MayWork, bool MayChoose);
