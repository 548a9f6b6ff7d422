using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class SelectionTests
{
    [Fact]
    public void Select_EachRank_IsTheSortedValue()
    {
        double[] values = [5, 1, 4, 1, 3, 9, 2];
        double[] sorted = [1, 1, 2, 3, 4, 5, 9];

        for (var k = 0; k < values.Length; k++) Assert.Equal(sorted[k], Selection.Select(values.ToArray(), k));
    }
}
