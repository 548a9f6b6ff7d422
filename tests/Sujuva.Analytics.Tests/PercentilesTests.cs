using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Tests;

public sealed class PercentilesTests
{
    // METRICS.md §2: the 55degrees worked example, as recorded and sorted to 3,4,4,5,5,6,6,6,7,7.
    private static readonly double[] Example = [5, 6, 6, 7, 7, 6, 5, 4, 4, 3];
    private static readonly double[] SortedExample = [3, 4, 4, 5, 5, 6, 6, 6, 7, 7];

    [Fact]
    public void FlowPercentiles_WorkedExample_Are5And6And6And7()
    {
        var p = FlowPercentiles.Of(Example)!;

        Assert.Equal((5.0, 6.0, 6.0, 7.0), (p.P50, p.P70, p.P85, p.P95));
    }

    [Theory]
    [InlineData(50, 5)]
    [InlineData(70, 6)]
    [InlineData(85, 6)]
    [InlineData(95, 7)]
    public void Flow_ActionableAgileExample_ReadsTheKthValue(int percent, double expected) =>
        Assert.Equal(expected, Percentiles.Flow(SortedExample, percent / 100.0));

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
    public void Flow_FewValues_TakesAtLeastTheFirst() => Assert.Equal(9, Percentiles.Flow([9, 10], 0.10));

    [Fact]
    public void UpperMedian_EvenCount_IsTheUpperMiddleValue() => Assert.Equal(3, Percentiles.UpperMedian([1.0, 2, 3, 4]));

    [Fact]
    public void UpperMedian_OddCount_IsTheMiddleValue() => Assert.Equal(2, Percentiles.UpperMedian([1.0, 2, 3]));

    [Fact]
    public void UpperMedian_WorkedExample_IsTheUpperMiddle() => Assert.Equal(6, Percentiles.UpperMedian(SortedExample));

    [Fact]
    public void UpperMedian_OddCount_IsTheMiddleOfThree() => Assert.Equal(2, Percentiles.UpperMedian([1, 2, 30]));

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddles() => Assert.Equal(5.5, Percentiles.Median(SortedExample));

    [Fact]
    public void Median_NoValues_Throws() => Assert.Throws<ArgumentException>(() => Percentiles.Median([]));

    [Fact]
    public void MedianOfUnsorted_RandomValuesWithTies_EqualsMedianOfSortedCopy()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var values = new double[random.Next(1, 60)];
            for (var i = 0; i < values.Length; i++) values[i] = random.Next(-5, 6) * 1.5;
            var sorted = values.Order().ToArray();

            Assert.Equal(Percentiles.Median(sorted), Percentiles.MedianOfUnsorted(values));
        }
    }

    [Theory]
    [InlineData(0.85, 9)]
    [InlineData(0.70, 7)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 10)]
    public void NearestRank_TenValues_IsTheCeilingOfPTimesN(double p, int expected) =>
        Assert.Equal(expected, Percentiles.NearestRank(10, p));

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
