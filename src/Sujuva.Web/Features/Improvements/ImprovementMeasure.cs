using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// One measure of an improvement: a metric of the live event log for a scope (by default the improvement's), the
/// chart it is drawn as, which way is better and an optional target in the measure's unit. Stage names the stage
/// of a time-in-stage measure.
/// </summary>
public sealed record ImprovementMeasure(
    Guid Id, MeasureRole Role, MeasureKind Kind, ImprovementScope Scope, string? Stage, Better Better, double? Target,
    ChartKind Chart)
{
    public Aggregation Aggregation => MeasureKinds.AggregationOf(Kind, Chart);

    public string Unit => MeasureKinds.Unit(Kind);
}

/// <summary>A cycle's prediction for one measure, in words ("median queue time below 20 days within 8 weeks") and, optionally, as a number.</summary>
public sealed record Prediction(Guid MeasureId, string Text, double? Value);

/// <summary>What the Do step saw: a dated observation, or a problem met while running the change.</summary>
public sealed record Observation(Guid Id, DateOnly On, string Text, bool Problem, Guid By, DateTime At);

/// <summary>
/// One PDSA cycle (METRICS.md §9). Plan: the change, its date and the predictions, locked when the cycle starts
/// (StartedAt) and never edited after. Do: observations. Study: what the team concluded from the chart. Act: adopt,
/// adapt (a next cycle follows) or abandon, with a reason. A started cycle's change date starts a chart phase.
/// </summary>
public sealed record PdsaCycle(
    int Number, string Change, DateOnly ChangeDate, DateOnly? StudyOn, IReadOnlyList<Prediction> Predictions,
    DateTime? StartedAt, IReadOnlyList<Observation> Observations, string? Study, DateTime? StudiedAt,
    ActDecision? Decision, string? DecisionReason, DateTime? DecidedAt)
{
    public bool Started => StartedAt is not null;

    public bool Decided => Decision is not null;
}
