namespace Sujuva.Web.Features.Sprints;

/// <summary>A sprint question ("Will clients trust a remote first meeting?"); only the Decider chooses the ones to answer.</summary>
public sealed record SprintQuestion(Guid Id, string Text, bool ChosenByDecider);

/// <summary>
/// One step of the sprint's map, in order from the start to the goal: what happens, the actor (one of the map's actors,
/// drawn on the left) and, when the step is a stage of one of the sprint's services, that stage.
/// </summary>
public sealed record SprintMapStep(string Text, string? Actor, Guid? StageId);
