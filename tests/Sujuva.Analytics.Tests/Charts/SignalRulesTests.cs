using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Tests.Charts;

/// <summary>Rules on a chart with centre 0, σ̂ 1 and limits ±3, so that values read as z.</summary>
public sealed class SignalRulesTests
{
    private static ChartRules[] Flags(ChartRules rules, params double[] y)
    {
        var n = y.Length;
        var flags = new ChartRules[n];
        SignalRules.Apply(rules, y, new double[n], Enumerable.Repeat<double?>(1, n).ToArray(),
            Enumerable.Repeat<double?>(-3, n).ToArray(), Enumerable.Repeat<double?>(3, n).ToArray(), 0, n, flags);
        return flags;
    }

    private static int[] Flagged(ChartRules rule, params double[] y) =>
        Flags(rule, y).Select((f, i) => (f, i)).Where(x => x.f.HasFlag(rule)).Select(x => x.i).ToArray();

    [Theory]
    [InlineData(ChartRules.Sigma3)]
    [InlineData(ChartRules.WesternElectric1)]
    [InlineData(ChartRules.Nelson1)]
    public void BeyondThreeSigma_OnePointOutside_IsFlagged(ChartRules rule) =>
        Assert.Equal([1, 3], Flagged(rule, 0, 3.5, 2.9, -3.1));

    [Theory]
    [InlineData(ChartRules.WesternElectric2)]
    [InlineData(ChartRules.Nelson5)]
    public void TwoOfThreeBeyondTwoSigma_SameSide_FlagsTheCompletingPoint(ChartRules rule)
    {
        Assert.Equal([3], Flagged(rule, 0, 2.5, 0.5, 2.5));
        Assert.Empty(Flagged(rule, 2.5, -2.5, 0, 2.5, 0, 0));
    }

    [Theory]
    [InlineData(ChartRules.WesternElectric3)]
    [InlineData(ChartRules.Nelson6)]
    public void FourOfFiveBeyondOneSigma_SameSide_IsFlagged(ChartRules rule)
    {
        Assert.Equal([4], Flagged(rule, 1.5, 1.5, 0, 1.5, 1.5));
        Assert.Empty(Flagged(rule, 1.5, 1.5, 0, 1.5, -1.5));
    }

    [Fact]
    public void WesternElectric4_EightOnOneSide_IsFlagged()
    {
        Assert.Equal([7, 8], Flagged(ChartRules.WesternElectric4, Enumerable.Repeat(0.5, 9).ToArray()));
        Assert.Empty(Flagged(ChartRules.WesternElectric4, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5));
    }

    [Fact]
    public void Nelson2_NineInARow_IsFlaggedButEightIsNot()
    {
        Assert.Equal([8], Flagged(ChartRules.Nelson2, Enumerable.Repeat(-0.5, 9).ToArray()));
        Assert.Empty(Flagged(ChartRules.Nelson2, Enumerable.Repeat(-0.5, 8).ToArray()));
    }

    [Fact]
    public void Nelson3_SixRising_IsFlaggedAndATieBreaksIt()
    {
        Assert.Equal([5], Flagged(ChartRules.Nelson3, -1, -0.5, 0, 0.5, 1, 1.5));
        Assert.Empty(Flagged(ChartRules.Nelson3, -1, -0.5, 0, 0, 1, 1.5));
        Assert.Equal([5], Flagged(ChartRules.Nelson3, 2, 1, 0.5, 0, -1, -2));
    }

    [Fact]
    public void Nelson4_FourteenAlternating_IsFlaggedButThirteenIsNot()
    {
        double[] Alternating(int n) => Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 0.5 : -0.5).ToArray();

        Assert.Equal([13], Flagged(ChartRules.Nelson4, Alternating(14)));
        Assert.Empty(Flagged(ChartRules.Nelson4, Alternating(13)));
    }

    [Fact]
    public void Nelson7_FifteenWithinOneSigma_IsFlagged()
    {
        Assert.Equal([14], Flagged(ChartRules.Nelson7, Enumerable.Range(0, 15).Select(i => i % 3 * 0.3 - 0.3).ToArray()));
        Assert.Empty(Flagged(ChartRules.Nelson7, Enumerable.Range(0, 15).Select(i => i == 7 ? 1.2 : 0).ToArray()));
    }

    [Fact]
    public void Nelson8_EightOutsideOneSigmaOnBothSides_IsFlagged()
    {
        Assert.Equal([7], Flagged(ChartRules.Nelson8, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5));
        Assert.Empty(Flagged(ChartRules.Nelson8, 1.5, -1.5, 1.5, -1.5, 0.5, -1.5, 1.5, -1.5));
    }

    [Fact]
    public void Rules_SwitchedOff_FlagNothing() =>
        Assert.All(Flags(ChartRules.None, 0, 9, 9, 9), f => Assert.Equal(ChartRules.None, f));
}
