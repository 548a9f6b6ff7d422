using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

public sealed partial record ImprovementChart
{
    /// <summary>What both views share while they are built: the series, its phase sizes and the baseline centre.</summary>
    private sealed record Context(ChartKind Kind, ImprovementChartOptions Options, MeasureSeries Series, int[] Counts, double BaselineCentre)
    {
        private bool Anhoj => Options.Rules.HasFlag(ChartRules.Anhoj);

        /// <summary>
        /// One view from a drawn chart: frozen (one part, the baseline's centre and limits) or phases (a part per phase
        /// with points). In the frozen view each phase's runs analysis is against the baseline centre.
        /// </summary>
        public ImprovementView View(ImprovementChartView view, ControlChart chart)
        {
            var points = new ImprovementPoint[Series.Points.Count];
            var phases = new ImprovementPhase[Counts.Length];
            var start = 0;
            for (var k = 0; k < Counts.Length; k++)
            {
                var end = start + Counts[k];
                phases[k] = Phase(view, chart, k, start, end, points);
                start = end;
            }

            return new ImprovementView(view, points, phases);
        }

        private ImprovementPhase Phase(ImprovementChartView view, ControlChart chart, int k, int start, int end, ImprovementPoint[] points)
        {
            var range = Series.Phases[k];
            double[] y = [.. Series.Points.Skip(start).Take(end - start).Select(p => p.Y)];
            double? centre = view == ImprovementChartView.Frozen ? BaselineCentre : end > start ? chart.Points[start].Centre : null;
            var runs = RunsAnalysis.Of(y, centre ?? BaselineCentre);
            var runsSignal = Anhoj && end > start && runs.Signal;
            var signals = ChartRules.None;
            var clipped = false;
            for (var i = start; i < end; i++)
            {
                var p = chart.Points[i];
                signals |= p.Signals;
                clipped |= LowerWasNegative(p);
            }

            if (runsSignal) signals |= ChartRules.Anhoj;
            var direction = signals == ChartRules.None ? null : PhaseDirection(chart, start, end, runsSignal);
            for (var i = start; i < end; i++)
            {
                var p = chart.Points[i];
                var flags = p.Signals | (runsSignal ? ChartRules.Anhoj : ChartRules.None);
                var side = Math.Sign(Series.Points[i].Y - p.Centre);
                var pointDirection = flags == ChartRules.None ? null
                    : (flags & ~ChartRules.Anhoj) != 0 && side != 0 ? Read(side) : direction;
                points[i] = new ImprovementPoint(i, p.Centre, Lower(p), p.Upper, flags, pointDirection);
            }

            // Limits per phase only where they are one line, an I chart's (a P chart's vary with n, a run chart has none);
            // a phase without points has the baseline's in the frozen view and none of its own.
            var reference = end > start ? chart.Points[start] : view == ImprovementChartView.Frozen ? chart.Points[0] : null;
            var line = Kind == ChartKind.I && reference is not null;
            clipped |= end == start && reference is not null && LowerWasNegative(reference);
            return new ImprovementPhase(
                k, range.From, range.To, end - start, centre, line ? Lower(reference!) : null, line ? reference!.Upper : null,
                runs, runsSignal, signals, direction, clipped);
        }

        /// <summary>
        /// A phase's direction: with a runs signal, the side of the baseline centre most of its points are on (a shift
        /// is read against where the process was); else, or when that is even, the side most of its flagged points
        /// are on against their centre line; null when even that is even.
        /// </summary>
        private SignalDirection? PhaseDirection(ControlChart chart, int start, int end, bool runsSignal)
        {
            var side = 0;
            if (runsSignal)
                for (var i = start; i < end; i++) side += Math.Sign(Series.Points[i].Y - BaselineCentre);
            if (side == 0)
                for (var i = start; i < end; i++)
                    if (chart.Points[i].Signals != ChartRules.None) side += Math.Sign(Series.Points[i].Y - chart.Points[i].Centre);
            return side == 0 ? null : Read(side);
        }

        private SignalDirection Read(int side) =>
            (side < 0) == (Options.Better == Better.Lower) ? SignalDirection.Improvement : SignalDirection.Deterioration;

        private double? Lower(ChartPoint p) =>
            p.Lower is { } lower && Kind == ChartKind.I && Options.ClipLowerAtZero ? Math.Max(0, lower) : p.Lower;

        /// <summary>True when the drawn lower limit is 0 only because the 3σ line fell below it.</summary>
        private bool LowerWasNegative(ChartPoint p) =>
            p.Sigma is { } s && p.Centre - (3 * s) < 0 && (Kind == ChartKind.P || (Kind == ChartKind.I && Options.ClipLowerAtZero));

        public PhaseSummary[] Summaries(ImprovementView frozen, ImprovementView phases)
        {
            var summaries = new PhaseSummary[Counts.Length];
            var start = 0;
            for (var k = 0; k < Counts.Length; k++)
            {
                int beating = 0, worse = 0;
                for (var i = start; i < start + Counts[k]; i++)
                {
                    var side = Math.Sign(Series.Points[i].Y - BaselineCentre);
                    if (side == 0) continue;
                    if ((side < 0) == (Options.Better == Better.Lower)) beating++;
                    else worse++;
                }

                var f = frozen.Phases[k];
                summaries[k] = new PhaseSummary(k, f.From, f.To, Counts[k], beating + worse, beating, worse,
                    BaselineCentre, phases.Phases[k].Centre, Options.Better, f.Signals, f.Direction);
                start += Counts[k];
            }

            return summaries;
        }
    }
}
