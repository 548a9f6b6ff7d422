using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class ProcessReportTests
{
    [Fact]
    public void Of_SimpleLog_HoldsEveryAnalysis()
    {
        var report = ProcessReport.Of(TestLogs.Simple());

        Assert.Equal(4, report.Log.Cases);
        Assert.Equal(3, report.DirectlyFollows.Count);
        Assert.Equal(3, report.Variants.Count);
        Assert.Equal(26.25, report.CaseDurations!.Mean);
        Assert.Null(report.ServiceTimes);
        Assert.Equal(2, report.WaitingTimes.Count);
    }
}
