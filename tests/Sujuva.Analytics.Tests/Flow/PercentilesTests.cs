using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class PercentilesTests
{
    // METRICS.md §2: the 55degrees worked example.
    private static readonly double[] Example = [5, 6, 6, 7, 7, 6, 5, 4, 4, 3];

    [Fact]
    public void FlowPercentiles_WorkedExample_Are5And6And6And7()
    {
        var p = FlowPercentiles.Of(Example)!;

        Assert.Equal((5.0, 6.0, 6.0, 7.0), (p.P50, p.P70, p.P85, p.P95));
    }

    [Fact]
    public void Flow_WorkedExampleAt85_IsNotNearestRank()
    {
        var sorted = Example.Order().ToArray();

        Assert.Equal(6, Percentiles.Flow(sorted, 0.85));
        Assert.Equal(7, sorted[(int)Math.Ceiling(0.85 * sorted.Length) - 1]);
    }

    [Fact]
    public void Flow_SmallP_TakesTheFirstValue() => Assert.Equal(3, Percentiles.Flow([3.0, 9.0], 0.1));

    [Fact]
    public void UpperMedian_EvenCount_IsTheUpperMiddleValue() => Assert.Equal(3, Percentiles.UpperMedian([1.0, 2, 3, 4]));

    [Fact]
    public void UpperMedian_OddCount_IsTheMiddleValue() => Assert.Equal(2, Percentiles.UpperMedian([1.0, 2, 3]));

    [Fact]
    public void Rank_AgeAtTheEightyFifthValue_HasPaceOfItsShare()
    {
        var sorted = Example.Order().ToArray();

        Assert.Equal(80, Percentiles.Rank(sorted, 6));
        Assert.Equal(0, Percentiles.Rank(sorted, 2));
        Assert.Equal(100, Percentiles.Rank(sorted, 7));
    }

    [Fact]
    public void FlowPercentiles_NoValues_IsNull() => Assert.Null(FlowPercentiles.Of([]));
}
