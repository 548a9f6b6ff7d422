using System.Text.Json.Serialization;
using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Web.Features.Improvements;

// GET /api/improvements/{id}/chart: the shape the improvement issue fixes (more fields may be added). Names of
// kinds in camelCase strings ("weeklyMedian", "lower", "run", "improvement") as that shape spells them.

public sealed record ChartMeasure(
    Guid Id, MeasureKind Kind, ScopeView Scope, string Unit, string Aggregation, string Better, double? Target, string? Stage);

/// <summary>A point: x is the ISO week or the case's pseudonym (an ordinal for readers who may not see the scope's cases).</summary>
public sealed record ChartPoint(
    string X, DateTime Instant, double Y, int? N, int Phase, double Cl, double? Lcl, double? Ucl, IReadOnlyList<string> Signals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Direction);

public sealed record ChartPhase(
    int Index, string Label, DateTime From, DateTime? To, int Points, int Useful, double? Cl, double? Lcl, double? Ucl,
    int LongestRun, int LongestRunMax, int Crossings, int CrossingsMin, bool RunsSignal, string? Direction,
    IReadOnlyList<string> Signals, bool LowerClipped);

public sealed record ChartRuns(int Useful, int LongestRun, int LongestRunMax, int Crossings, int CrossingsMin, bool RunsSignal);

public sealed record ChartBaseline(int Points, bool Trial, double Cl, double? Lcl, double? Ucl);

/// <summary>One later phase against the baseline, for the text summary and the Study step's evidence.</summary>
public sealed record ChartEvidence(
    int Phase, DateTime From, int Points, int Beating, int Worse, double BaselineCentre, double? Centre, IReadOnlyList<string> Signals,
    string? Direction, string Sentence);

/// <summary>
/// The chart of one measure in one view (frozen or phases). Summary: one sentence for screen readers about the
/// latest phase; Evidence: every later phase against the frozen baseline.
/// </summary>
public sealed record ChartResponse(
    ChartMeasure Measure, string Chart, string View, bool ScreenedMovingRanges, IReadOnlyList<string> Rules,
    IReadOnlyList<ChartPoint> Points, IReadOnlyList<ChartPhase> Phases, ChartRuns AllPoints, ChartBaseline Baseline,
    IReadOnlyList<ChartEvidence> Evidence, string Summary)
{
    public static string Name(ChartKind chart) => chart switch
    {
        ChartKind.Run => "run",
        ChartKind.I => "i",
        _ => "p",
    };

    public static string Name(Aggregation aggregation) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(aggregation.ToString());

    public static string Name(Better better) => better == Better.Lower ? "lower" : "higher";

    public static string? Name(SignalDirection? direction) => direction switch
    {
        SignalDirection.Improvement => "improvement",
        SignalDirection.Deterioration => "deterioration",
        _ => null,
    };
}
