namespace Sujuva.Analytics.Charts;

public enum ChartKind { Run, I, MR, P, C, U }

/// <summary>
/// How to draw a chart. SplitAfter: observation numbers (1-based) after which a new part starts,
/// each part with its own centre, limits and runs analysis. Freeze: centre and limits from the first
/// k points only. qicharts2 refuses both together (anhoej/qicharts2#20), and so do we.
/// </summary>
public sealed record ChartOptions
{
    public IReadOnlyList<int> SplitAfter { get; init; } = [];

    public int? Freeze { get; init; }

    public ChartRules Rules { get; init; } = ChartRules.Default;

    /// <summary>I chart: drop moving ranges ≥ 3.267 · MR̄ and recompute MR̄ (Nelson 1982). Off by default, as in qicharts2.</summary>
    public bool ScreenedMovingRange { get; init; }

    /// <summary>P chart: Laney P′, σ_i multiplied by σ_z = MR̄(z) / 1.128.</summary>
    public bool Laney { get; init; }
}

/// <summary>One plotted point: its value, centre line, limits (3σ) and σ̂ at that point, and the rules it completes.</summary>
public sealed record ChartPoint(int Index, double Y, double Centre, double? Lower, double? Upper, double? Sigma, ChartRules Signals)
{
    public double? Lower2Sigma => Sigma is { } s ? Centre - 2 * s : null;

    public double? Upper2Sigma => Sigma is { } s ? Centre + 2 * s : null;
}

/// <summary>A part [Start, End) of the chart with its centre line and runs analysis.</summary>
public sealed record ChartPart(int Start, int End, double Centre, RunsAnalysis Runs);

public sealed record ControlChart(ChartKind Kind, IReadOnlyList<ChartPoint> Points, IReadOnlyList<ChartPart> Parts, int? Freeze, ChartRules Rules)
{
    /// <summary>Non-random variation by Anhøj's rules in any part (only when that rule is on).</summary>
    public bool RunsSignal => Rules.HasFlag(ChartRules.Anhoj) && Parts.Any(p => p.Runs.Signal);

    public bool AnySignal => RunsSignal || Points.Any(p => p.Signals != ChartRules.None);
}

/// <summary>A chart, or why none was drawn (Code is stable, for resource keys).</summary>
public sealed record ChartResult(ControlChart? Chart, string? RefusalCode, string? RefusalMessage)
{
    public bool IsRefused => RefusalCode is not null;

    public static ChartResult Refuse(string code, string message) => new(null, code, message);
}
