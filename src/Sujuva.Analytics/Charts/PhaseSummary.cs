using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

/// <summary>
/// The figures of a phase's one-sentence text for screen readers, e.g. "since 3 March, 11 of 12 weeks below the
/// baseline median: a shift, improvement". The web writes and localises the sentence; these are its numbers:
/// the phase's points, the useful ones (not on the baseline centre), how many beat the baseline centre in the
/// measure's direction and how many are worse, the centre before (the baseline's) and after (the phase's own,
/// null without points), and the frozen view's signals and direction.
/// </summary>
public sealed record PhaseSummary(
    int Index, DateTime From, DateTime? To, int Points, int Useful, int Beating, int Worse,
    double BaselineCentre, double? Centre, Better Better, ChartRules Signals, SignalDirection? Direction);
