using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Improvements;

/// <summary>A scope: Kind, and the service, team or the two organisations (from → to) it names.</summary>
public sealed record ScopeRequest(
    ScopeKind Kind, Guid? ServiceId = null, Guid? TeamId = null, Guid? FromOrganisationId = null, Guid? ToOrganisationId = null)
{
    public ImprovementScope ToScope() => new ImprovementScope(Kind, ServiceId, TeamId, FromOrganisationId, ToOrganisationId).Normalised();
}

/// <summary>
/// A measure; omitted parts take the kind's defaults: the improvement's scope, the kind's direction and chart
/// (run chart of weekly medians, P chart for CSAT, I chart for the mean rating). Id keeps an existing measure.
/// </summary>
public sealed record MeasureRequest(
    MeasureKind Kind, MeasureRole Role = MeasureRole.Process, Guid? Id = null, ScopeRequest? Scope = null,
    [Text(TextLimits.Name)] string? Stage = null, Better? Better = null, double? Target = null, ChartKind? Chart = null);

/// <summary>MeasuredFrom: the first day of the baseline (26 weeks back by default). OwnerId: the creator by default.</summary>
public sealed record CreateImprovementRequest(
    ImprovementKind Kind, [Text(TextLimits.Name)] string Title, ScopeRequest Scope, IReadOnlyList<MeasureRequest> Measures,
    [Text(TextLimits.Reason, Multiline = true)] string? Aim = null, IReadOnlyList<Guid>? Participants = null,
    DateOnly? MeasuredFrom = null, Guid? OwnerId = null, Guid? A3Id = null, Guid? CountermeasureId = null);

public sealed record EditImprovementRequest(
    [Text(TextLimits.Name)] string Title, Guid OwnerId, DateOnly MeasuredFrom, int Version,
    [Text(TextLimits.Reason, Multiline = true)] string? Aim = null, IReadOnlyList<Guid>? Participants = null);

public sealed record MeasuresRequest(IReadOnlyList<MeasureRequest> Measures, int Version);

public sealed record PredictionRequest(Guid MeasureId, [Text(TextLimits.Reason, Multiline = true)] string Text, double? Value = null)
{
    public Prediction ToPrediction() => new(MeasureId, Text.Trim(), Value);
}

/// <summary>A cycle's plan: what changes, on which date, when to study, and a prediction per measure.</summary>
public sealed record CycleRequest(
    [Text(TextLimits.Reason, Multiline = true)] string Change, DateOnly ChangeDate, int Version,
    IReadOnlyList<PredictionRequest>? Predictions = null, DateOnly? StudyOn = null);

public sealed record ObservationRequest(DateOnly On, [Text(TextLimits.Reason, Multiline = true)] string Text, int Version, bool Problem = false);

public sealed record StudyRequest([Text(ImprovementTexts.Long, Multiline = true)] string Study, int Version);

public sealed record DecisionRequest(ActDecision Decision, [Text(TextLimits.Reason, Multiline = true)] string Reason, int Version);

/// <summary>The A3's own sections; the whole sheet is sent with the version seen.</summary>
public sealed record SheetRequest(
    DateOnly StartDate, int Version,
    [Text(ImprovementTexts.Long, Multiline = true)] string? Background = null,
    [Text(ImprovementTexts.Long, Multiline = true)] string? CurrentCondition = null,
    [Text(ImprovementTexts.Long, Multiline = true)] string? TargetCondition = null,
    [Text(TextLimits.Reason)] IReadOnlyList<IReadOnlyList<string>>? FiveWhys = null,
    IReadOnlyList<FishboneCauseRequest>? Fishbone = null,
    IReadOnlyList<CountermeasureRequest>? Countermeasures = null,
    IReadOnlyList<ActionItemRequest>? Plan = null,
    [Text(ImprovementTexts.Long, Multiline = true)] string? EffectConfirmation = null,
    [Text(ImprovementTexts.Long, Multiline = true)] string? FollowUp = null);

public sealed record FishboneCauseRequest(FishboneCategory Category, [Text(TextLimits.Reason)] string Text);

public sealed record CountermeasureRequest(
    [Text(TextLimits.Reason, Multiline = true)] string Text, Guid? Id = null,
    [Text(TextLimits.Reason, Multiline = true)] string? Evaluation = null);

public sealed record ActionItemRequest([Text(TextLimits.Reason)] string Text, Guid? Id = null, Guid? OwnerId = null, DateOnly? Due = null, bool Done = false);
