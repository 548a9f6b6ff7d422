using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class ActivityTimesTests
{
    [Fact]
    public void Service_IntervalLog_CompleteMinusStartPerActivity()
    {
        var b = new EventLogBuilder();
        var c = b.CaseIndex("1");
        b.Add(c, "A", TestLogs.At(10), TestLogs.At(0));
        b.Add(c, "B", TestLogs.At(40), TestLogs.At(30));
        b.Add(c, "A", TestLogs.At(100), TestLogs.At(70));

        var service = ActivityTimes.Service(b.Build())!;

        Assert.Equal([("A", 20.0, 20.0), ("B", 10.0, 10.0)], service.Select(s => (s.Activity, s.Seconds.Mean, s.Seconds.Median)));
    }

    [Fact]
    public void Service_NoStartTimes_IsNull() => Assert.Null(ActivityTimes.Service(TestLogs.Simple()));

    [Fact]
    public void Waiting_SimpleLog_TimeBeforeEachFollowingEvent()
    {
        var waiting = ActivityTimes.Waiting(TestLogs.Simple());

        // B waits 10 and 20 s; C waits 20 (after B), 50 (after A) and 5 s.
        Assert.Equal([("B", 15.0, 2), ("C", 25.0, 3)], waiting.Select(w => (w.Activity, w.Seconds.Mean, w.Seconds.Count)));
    }
}
