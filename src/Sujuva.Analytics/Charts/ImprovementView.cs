namespace Sujuva.Analytics.Charts;

/// <summary>One reading of an improvement chart (<see cref="ImprovementChartView"/>): every point and every phase.</summary>
public sealed record ImprovementView(ImprovementChartView Kind, IReadOnlyList<ImprovementPoint> Points, IReadOnlyList<ImprovementPhase> Phases)
{
    /// <summary>True when a lower limit in this view was negative and is drawn at 0 instead.</summary>
    public bool LowerClipped => Phases.Any(p => p.LowerClipped);
}
