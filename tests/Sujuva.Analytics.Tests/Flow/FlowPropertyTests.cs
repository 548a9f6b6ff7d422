using CsCheck;
using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;

namespace Sujuva.Analytics.Tests.Flow;

/// <summary>Properties that must hold for any input, checked on random data.</summary>
public sealed class FlowPropertyTests
{
    [Fact]
    public void FlowPercentiles_AnyValues_AreOrderedMembersOfTheData() =>
        Gen.Double[0, 1_000].Array[1, 200].Sample(values =>
        {
            var p = FlowPercentiles.Of(values)!;
            Assert.True(p.P50 <= p.P70 && p.P70 <= p.P85 && p.P85 <= p.P95);
            Assert.Contains(p.P85, values);
        });

    [Fact]
    public void UnionLength_AnyIntervals_IsBetweenLongestAndSum() =>
        Gen.Select(Gen.Long[0, 1_000], Gen.Long[0, 300]).Array[0, 30].Sample(raw =>
        {
            var intervals = raw.Select(r => (r.Item1, r.Item1 + r.Item2)).ToArray();
            var union = Intervals.UnionLength(intervals.ToArray());
            Assert.InRange(union, intervals.Length == 0 ? 0 : intervals.Max(i => i.Item2 - i.Item1), intervals.Sum(i => i.Item2 - i.Item1));
        });

    [Fact]
    public void RunsAnalysis_AnySeries_CountsAreConsistent() =>
        Gen.Int[-3, 3].Array[0, 80].Sample(values =>
        {
            var runs = RunsAnalysis.Of(values.Select(v => (double)v).ToArray(), centre: 0);
            Assert.Equal(values.Count(v => v != 0), runs.UsefulObservations);
            Assert.True(runs.LongestRun <= runs.UsefulObservations && runs.Crossings <= Math.Max(0, runs.UsefulObservations - 1));
        });

    [Fact]
    public void MonteCarlo_AnyBasis_ConfidenceReadsInOppositeDirections() =>
        Gen.Int[0, 6].Array[10, 40].Where(b => b.Any(n => n > 0)).Sample(counts =>
        {
            var basis = ThroughputBasis.Of(counts.Select((n, i) => new DailyCount(new DateOnly(2025, 1, 1).AddDays(i), n)).ToArray());
            var start = new DateOnly(2025, 3, 3);
            var when = MonteCarlo.WhenDone(basis, 30, start, trials: 500).Value!.Dates;
            var howMany = MonteCarlo.HowMany(basis, start, start.AddDays(20), trials: 500).Value!.Counts;
            Assert.True(when[0].Date <= when[1].Date && when[1].Date <= when[2].Date);
            Assert.True(howMany[0].Count >= howMany[1].Count && howMany[1].Count >= howMany[2].Count);
        }, iter: 50);
}
