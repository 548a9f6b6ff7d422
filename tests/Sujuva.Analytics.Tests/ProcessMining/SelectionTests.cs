using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class SelectionTests
{
    [Fact]
    public void Median_RandomValuesWithTies_EqualsMedianOfSortedCopy()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var values = new double[random.Next(1, 60)];
            for (var i = 0; i < values.Length; i++) values[i] = random.Next(-5, 6) * 1.5;
            var sorted = values.Order().ToArray();

            Assert.Equal(Percentiles.Median(sorted), Selection.Median(values));
        }
    }

    [Fact]
    public void Select_EachRank_IsTheSortedValue()
    {
        double[] values = [5, 1, 4, 1, 3, 9, 2];
        double[] sorted = [1, 1, 2, 3, 4, 5, 9];

        for (var k = 0; k < values.Length; k++) Assert.Equal(sorted[k], Selection.Select(values.ToArray(), k));
    }
}
