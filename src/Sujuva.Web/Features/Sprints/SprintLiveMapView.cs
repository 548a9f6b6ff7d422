namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A proposed map step: a stage of one of the sprint's services, in board order. StageDays and Cases are the flow
/// dashboard's value stream figures for that stage over the period (days in the stage per visiting case, elapsed days);
/// null when no case visited it, or when the reader's dashboard does not show that service (FiguresShown false).
/// </summary>
public sealed record SprintLiveMapStep(Guid ServiceId, string ServiceName, Guid StageId, string StageName, string Kind, int Position,
    bool FiguresShown, int? Cases, double? StageDays);

/// <summary>The map proposed from the live value stream of the sprint's services, with the period its figures cover.</summary>
public sealed record SprintLiveMapView(Guid SprintId, DateOnly From, DateOnly To, DateTime AsOf, IReadOnlyList<SprintLiveMapStep> Steps);
