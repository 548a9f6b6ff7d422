using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A question in the content request: Id of a question kept, none for a new one.</summary>
public sealed record SprintQuestionRequest([Text(TextLimits.ShortReason, Multiline = true)] string Text, Guid? Id = null, bool ChosenByDecider = false);

/// <summary>A step of the map: what happens, its actor (one of MapActors) and, optionally, a stage of the sprint's services.</summary>
public sealed record SprintMapStepRequest([Text(TextLimits.ShortReason)] string Text, [Text(TextLimits.Name)] string? Actor = null, Guid? StageId = null);

/// <summary>
/// The sprint's whole content with the version the editor saw (PUT /api/sprints/{id}/content). A list left out is
/// emptied; the storyboard is empty or 5–15 steps; the prototype's link an http or https address.
/// </summary>
public sealed record SprintContentRequest(
    int Version,
    [Text(TextLimits.Reason, Multiline = true)] string? LongTermGoal = null,
    IReadOnlyList<SprintQuestionRequest>? Questions = null,
    [Text(TextLimits.Reason, Multiline = true)] string? TargetMoment = null,
    [Text(TextLimits.Name)] IReadOnlyList<string>? MapActors = null,
    IReadOnlyList<SprintMapStepRequest>? MapSteps = null,
    [Text(TextLimits.ShortReason, Multiline = true)] IReadOnlyList<string>? Storyboard = null,
    [Text(SprintContent.ScriptLength, Multiline = true)] string? InterviewScript = null,
    [Text(SprintContent.UrlLength)] string? PrototypeUrl = null);
