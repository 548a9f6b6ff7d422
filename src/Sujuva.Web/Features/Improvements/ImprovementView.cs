using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Web.Features.Improvements;

/// <summary>A person as an improvement shows them: staff names, never a client's.</summary>
public sealed record PersonView(Guid Id, string Name);

/// <summary>A scope with its name in the reader's language; no name for the network (the page says "the network" in its language).</summary>
public sealed record ScopeView(ScopeKind Kind, string? Name, Guid? ServiceId, Guid? TeamId, Guid? FromOrganisationId, Guid? ToOrganisationId);

public sealed record MeasureView(
    Guid Id, MeasureRole Role, MeasureKind Kind, ScopeView Scope, string? Stage, Better Better, double? Target,
    ChartKind Chart, Aggregation Aggregation, string Unit);

public sealed record CycleView(
    int Number, string Change, DateOnly ChangeDate, DateOnly? StudyOn, IReadOnlyList<Prediction> Predictions,
    DateTime? StartedAt, IReadOnlyList<Observation> Observations, string? Study, DateTime? StudiedAt,
    ActDecision? Decision, string? DecisionReason, DateTime? DecidedAt, bool DueForStudy);

/// <summary>An improvement as its page and GET /api/improvements/{id} show it. MayWork: the reader may plan, observe, study and decide.</summary>
public sealed record ImprovementView(
    Guid Id, ImprovementKind Kind, string Title, string? Aim, PersonView Owner, IReadOnlyList<PersonView> Participants,
    ScopeView Scope, ImprovementStatus Status, string? StatusReason, DateOnly MeasuredFrom, DateTime CreatedAt,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<CycleView> Cycles, A3Sheet? Sheet, Guid? A3Id, int Version,
    bool MayWork, bool DueForStudy, IReadOnlyList<DateOnly> ChangeDates);

/// <summary>An improvement in a list or on the improvement board.</summary>
public sealed record ImprovementSummary(
    Guid Id, ImprovementKind Kind, string Title, ImprovementStatus Status, ScopeView Scope, PersonView Owner,
    MeasureKind? Primary, int Cycles, IReadOnlyList<DateOnly> ChangeDates, DateOnly? StudyOn, bool DueForStudy, int Version);
