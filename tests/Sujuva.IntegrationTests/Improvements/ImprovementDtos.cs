using System.Text.Json;

namespace Sujuva.IntegrationTests.Improvements;

public sealed record ImprovementDto(
    Guid Id, string Kind, string Title, string Status, string? StatusReason, DateOnly MeasuredFrom, List<ImprovementMeasureDto> Measures,
    List<CycleDto> Cycles, JsonElement? Sheet, int Version, bool MayWork, bool DueForStudy, List<DateOnly> ChangeDates);

public sealed record ImprovementMeasureDto(Guid Id, string Role, string Kind, string Better, string Chart, string Aggregation, string Unit);

public sealed record PredictionDto(Guid MeasureId, string Text, double? Value);

public sealed record CycleDto(
    int Number, string Change, DateOnly ChangeDate, DateOnly? StudyOn, List<PredictionDto> Predictions, DateTime? StartedAt,
    List<JsonElement> Observations, string? Study, string? Decision, string? DecisionReason, bool DueForStudy);

public sealed record ImprovementSummaryDto(Guid Id, string Title, string Status, bool DueForStudy);

public sealed record ChartPointDto(string X, DateTime Instant, double Y, int? N, int Phase, double Cl, double? Lcl, double? Ucl, List<string> Signals);

public sealed record ChartPhaseDto(
    int Index, string Label, DateTime From, DateTime? To, int Points, int Useful, double? Cl, int LongestRun, int LongestRunMax,
    int Crossings, int CrossingsMin, bool RunsSignal, string? Direction);

public sealed record ChartBaselineDto(int Points, bool Trial, double Cl, double? Lcl, double? Ucl);

public sealed record ChartMeasureDto(Guid Id, string Kind, string Unit, string Aggregation, string Better, double? Target);

public sealed record ChartDto(
    ChartMeasureDto Measure, string Chart, string View, bool ScreenedMovingRanges, List<ChartPointDto> Points, List<ChartPhaseDto> Phases,
    JsonElement AllPoints, ChartBaselineDto Baseline, string Summary);
