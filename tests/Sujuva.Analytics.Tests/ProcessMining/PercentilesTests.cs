using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class PercentilesTests
{
    // METRICS.md §2: the 55degrees worked example, sorted to 3,4,4,5,5,6,6,6,7,7.
    private static readonly double[] Example = [3, 4, 4, 5, 5, 6, 6, 6, 7, 7];

    [Theory]
    [InlineData(50, 5)]
    [InlineData(70, 6)]
    [InlineData(85, 6)]
    [InlineData(95, 7)]
    public void Flow_ActionableAgileExample_ReadsTheKthValue(int percent, double expected) =>
        Assert.Equal(expected, Percentiles.Flow(Example, percent));

    [Fact]
    public void Flow_FewValues_TakesAtLeastTheFirst() => Assert.Equal(9, Percentiles.Flow([9, 10], 10));

    [Fact]
    public void Pm4pyMedian_EvenCount_IsTheUpperMiddle() => Assert.Equal(6, Percentiles.Pm4pyMedian(Example));

    [Fact]
    public void Pm4pyMedian_OddCount_IsTheMiddle() => Assert.Equal(2, Percentiles.Pm4pyMedian([1, 2, 30]));

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddles() => Assert.Equal(5.5, Percentiles.Median(Example));

    [Fact]
    public void Median_NoValues_Throws() => Assert.Throws<ArgumentException>(() => Percentiles.Median([]));
}
