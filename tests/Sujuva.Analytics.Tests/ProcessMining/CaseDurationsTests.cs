using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class CaseDurationsTests
{
    [Fact]
    public void Of_SimpleLog_LastMinusFirstPerCase() =>
        Assert.Equal([30, 50, 25, 0], CaseDurations.Of(TestLogs.Simple()));

    [Fact]
    public void Of_RowOrderLog_UsesFirstAndLastRowNotMinAndMax() =>
        Assert.Equal([-5], CaseDurations.Of(TestLogs.InRowOrder(("A", 10), ("B", 5))));

    [Fact]
    public void Summarise_SimpleLog_MedianOfTwoMiddlesAndFlowPercentiles()
    {
        // Sorted 0, 25, 30, 50: median (25 + 30) / 2; p85 and p95 both k = ⌊0.85·4⌋ = ⌊0.95·4⌋ = 3.
        var summary = CaseDurations.Summarise(CaseDurations.Of(TestLogs.Simple()));

        Assert.Equal(new CaseDurationSummary(4, 0, 27.5, 26.25, 50, 30, 30), summary);
    }

    [Fact]
    public void Summarise_NoCases_IsNull() => Assert.Null(CaseDurations.Summarise([]));
}
