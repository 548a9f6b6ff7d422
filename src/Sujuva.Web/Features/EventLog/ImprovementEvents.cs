using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.EventLog;

// The improvement work's events (METRICS.md §9). Titles, plans and notes are staff free text and stay in the
// app; the log shares what happened to which improvement, so a chart's phases can be traced to their cycle.

/// <param name="ImprovementId">The new improvement.</param>
/// <param name="Kind">Experiment or A3.</param>
/// <param name="ScopeKind">Service, Team, Network or Handoff (a pair of organisations); the event's service is a service scope's.</param>
public sealed record ImprovementCreated(
    [property: Shared] Guid ImprovementId, [property: Shared] ImprovementKind Kind, [property: Shared] ScopeKind ScopeKind) : IEventPayload;

/// <param name="ImprovementId">The improvement changed.</param>
/// <param name="Change">Edited, MeasuresChanged, SheetChanged, CyclePlanned, CycleStarted, Observed, Studied or Decided.</param>
/// <param name="Cycle">The PDSA cycle's number (from 1) for a cycle's change; absent otherwise.</param>
/// <param name="Status">The improvement's status after the change.</param>
public sealed record ImprovementChanged(
    [property: Shared] Guid ImprovementId, [property: Shared] ImprovementChange Change,
    [property: Shared, System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Cycle,
    [property: Shared] ImprovementStatus Status) : IEventPayload;
