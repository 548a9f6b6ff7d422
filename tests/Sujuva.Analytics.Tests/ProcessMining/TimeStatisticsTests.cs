using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class TimeStatisticsTests
{
    [Fact]
    public void Of_FourValues_MatchesPandas()
    {
        double[] values = [4, 1, 3, 2];

        var s = TimeStatistics.Of(values);

        // mean 2.5; deviations ±1.5, ±0.5 → Σ² = 5; ddof 1 → √(5/3).
        Assert.Equal(new TimeStatistics(4, 2.5, 2.5, 1, 4, 10, Math.Sqrt(5.0 / 3)), s);
    }

    [Fact]
    public void Of_OneValue_HasNoStdev() => Assert.Null(TimeStatistics.Of([7.0]).Stdev);
}
