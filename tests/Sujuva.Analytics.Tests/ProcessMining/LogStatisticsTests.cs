using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class LogStatisticsTests
{
    [Fact]
    public void Of_SimpleLog_CountsAndSpan()
    {
        var s = LogStatistics.Of(TestLogs.Simple());

        Assert.Equal(new LogStatistics(4, 9, 3, new DateTime(TestLogs.At(0), DateTimeKind.Utc),
            new DateTime(TestLogs.At(300), DateTimeKind.Utc)), s);
    }

    [Fact]
    public void Of_IntervalLog_FirstEventIsTheEarliestStart()
    {
        var b = new EventLogBuilder();
        b.Add(b.CaseIndex("1"), "A", TestLogs.At(10), TestLogs.At(-5));

        Assert.Equal(TestLogs.At(-5), LogStatistics.Of(b.Build()).FirstEvent!.Value.Ticks);
    }

    [Fact]
    public void Of_EmptyLog_HasNoSpan() => Assert.Null(LogStatistics.Of(new EventLogBuilder().Build()).FirstEvent);
}
