using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

/// <summary>
/// One point in one view of an improvement chart: its centre and limits in that view, the rules it completes (Anhøj
/// when its phase has a runs signal in that view) and whether that signal is an improvement or a deterioration.
/// The point's value, label and phase are in the series (<see cref="ImprovementChart.Series"/>) at the same index.
/// </summary>
public sealed record ImprovementPoint(int Index, double Centre, double? Lower, double? Upper, ChartRules Signals, SignalDirection? Direction)
{
    /// <summary>The API's names of the signals, e.g. ["runs", "sigma"].</summary>
    public IReadOnlyList<string> SignalNames => Charts.SignalNames.Of(Signals);
}
