using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A decision: its kind, what was decided, its owner (a staff user) and due date; Reason is required to drop.
/// Test further: Prediction (the first cycle's, planned when ChangeDate is given) and Measure (lead time by default).
/// Adopt: exactly one of TemplateId (an existing programme), Template (a new programme of a service) or BoardServiceId
/// with StageId (the stage changed) or StageName (a new stage's name).
/// </summary>
public sealed record DecideRequest(
    DecisionKind Kind, [Text(TextLimits.Name)] string What, Guid OwnerId, DateOnly Due,
    [Text(TextLimits.Reason, Multiline = true)] string? Reason = null,
    [Text(TextLimits.Reason, Multiline = true)] string? Prediction = null, DateOnly? ChangeDate = null, MeasureKind? Measure = null,
    Guid? TemplateId = null, TemplateRequest? Template = null, Guid? BoardServiceId = null, Guid? StageId = null,
    [Text(TextLimits.Name)] string? StageName = null)
{
    public DecisionTarget Target() => new(TemplateId is { } t ? new ProgrammeTemplateId(t) : null, Template is not null,
        BoardServiceId is { } s ? new ServiceId(s) : null, StageId is { } st ? new StageId(st) : null, StageName, ChangeDate);
}

/// <summary>A decision's words, owner and due date, with the version the editor saw; its kind and live object stay.</summary>
public sealed record EditDecisionRequest(
    [Text(TextLimits.Name)] string What, Guid OwnerId, DateOnly Due, int Version,
    [Text(TextLimits.Reason, Multiline = true)] string? Reason = null);
