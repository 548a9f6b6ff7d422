namespace Sujuva.Analytics.Charts;

/// <summary>An improvement chart, or why none was drawn (Code is stable, for resource keys), as <see cref="ChartResult"/>.</summary>
public sealed record ImprovementChartResult(ImprovementChart? Chart, string? RefusalCode, string? RefusalMessage)
{
    public bool IsRefused => RefusalCode is not null;

    public static ImprovementChartResult Refuse(string code, string message) => new(null, code, message);
}
