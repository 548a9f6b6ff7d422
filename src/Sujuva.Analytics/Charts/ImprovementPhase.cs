using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

/// <summary>
/// One phase in one view: its centre and limits in that view (null where the phase has no points yet, or where limits
/// vary by point, as in a P chart), the runs analysis of its own points against that centre, the union of its
/// points' signals and their direction.
/// </summary>
public sealed record ImprovementPhase(
    int Index, DateTime From, DateTime? To, int Points, double? Centre, double? Lower, double? Upper,
    RunsAnalysis Runs, bool RunsSignal, ChartRules Signals, SignalDirection? Direction, bool LowerClipped)
{
    public int Useful => Runs.UsefulObservations;

    public int LongestRun => Runs.LongestRun;

    public int LongestRunMax => Runs.LongestRunMax;

    public int Crossings => Runs.Crossings;

    public int CrossingsMin => Runs.CrossingsMin;
}
