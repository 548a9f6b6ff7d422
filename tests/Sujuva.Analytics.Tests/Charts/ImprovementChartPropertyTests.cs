using CsCheck;
using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Charts;

/// <summary>Properties of improvement charts for any series, checked on generated ones (CsCheck shrinks a failure to a small case).</summary>
public sealed class ImprovementChartPropertyTests
{
    private static readonly ChartKind[] Kinds = [ChartKind.Run, ChartKind.I, ChartKind.P];

    private static readonly ChartRules Every = ChartRules.Default | ChartRules.WesternElectric | ChartRules.Nelson;

    [Fact]
    public void ConstantSeries_AnyLengthAnyPhasesAnyRules_NeverSignals() =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 20], Gen.Int[2, 40], Gen.Int[0, 25].Array[0, 4]).Sample((kind, level, baseline, later) =>
        {
            // P: level / 20 of n = 20 answers (0 and 1 included); run and I: any level, some not exact in binary (0.1).
            var value = Kinds[kind] == ChartKind.P ? level / 20.0 : level * 0.1;
            var series = ImprovementSeries.Of(Kinds[kind] == ChartKind.P ? 20 : null,
                [.. new[] { baseline }.Concat(later).Select(count => Enumerable.Repeat(value, count).ToArray())]);

            // Nelson 7 rightly flags a flat P chart: 15 weeks exactly on p̄ have far less spread than the binomial σ allows.
            var rules = Kinds[kind] == ChartKind.P ? ChartRules.Default | ChartRules.WesternElectric : Every;
            var chart = ImprovementChart.Of(Kinds[kind], series, new() { Rules = rules, ClipLowerAtZero = true }).Chart!;

            Assert.False(chart.AllPointsRunsSignal);
            foreach (var view in new[] { chart.Frozen, chart.Phases })
            {
                Assert.All(view.Points, p => Assert.Equal(ChartRules.None, p.Signals));
                Assert.All(view.Phases, p => Assert.True(p.Signals == ChartRules.None && p.Direction is null));
            }
        });

    [Fact]
    public void SecondPhaseShiftedByTenSigma_AlwaysSignalsInTheMeasuresDirection() =>
        Gen.Select(Gen.Int[0, 1], Gen.Double[0.5, 100], Gen.Double[0, 1].Array[2, 30], Gen.Double[0, 1].Array[6, 30], Gen.Bool)
            .Sample((kind, width, baseline, after, lowerIsBetter) =>
            {
                // Both phases draw from one uniform distribution of the width, σ = width / √12; the second is then moved up by 10σ.
                var shift = 10 * width / Math.Sqrt(12);
                var series = ImprovementSeries.Of([.. baseline.Select(u => u * width)], [.. after.Select(u => (u * width) + shift)]);
                var better = lowerIsBetter ? Better.Lower : Better.Higher;

                var chart = ImprovementChart.Of(Kinds[kind], series, new() { Better = better }).Chart!;

                var expected = lowerIsBetter ? SignalDirection.Deterioration : SignalDirection.Improvement;
                var phase = chart.Frozen.Phases[1];
                Assert.NotEqual(ChartRules.None, phase.Signals);
                Assert.Equal(expected, phase.Direction);
                Assert.Equal(expected, chart.Summaries[1].Direction);
                Assert.Equal(lowerIsBetter ? 0 : after.Length, chart.Summaries[1].Beating);
            });
}
