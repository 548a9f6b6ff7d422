using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.EventLog;

/// <summary>The nudge to the live feed: a pulse before the wait is not lost, pulses coalesce, and no pulse means the timeout.</summary>
public sealed class EventLogSignalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pulse_BeforeTheWait_IsKept_AndManyPulsesWakeOnce()
    {
        var signal = EventLogSignal.For($"Data Source={Guid.NewGuid()}");
        signal.Pulse();
        signal.Pulse();
        signal.Pulse();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(30), Ct));
    }

    [Fact]
    public async Task Pulse_DuringTheWait_WakesIt()
    {
        var signal = EventLogSignal.For($"Data Source={Guid.NewGuid()}");
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        signal.Pulse();

        Assert.True(await waiting);
    }

    [Fact]
    public void For_TheSameDatabase_IsOneSignal_AnotherDatabaseAnother()
    {
        var name = $"Data Source={Guid.NewGuid()}";
        Assert.Same(EventLogSignal.For(name), EventLogSignal.For(name));
        Assert.NotSame(EventLogSignal.For(name), EventLogSignal.For(name + "x"));
    }
}
