using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class TimelineMapperTests
{
    private static readonly StageMap Map = new StageMap()
        .Stage("Lähete vastaanotettu", StageKind.Waiting, "jono")
        .Stage("Arviointi alkoi", StageKind.Working, "arviointi")
        .Blocks("Odottaa lausuntoa").Unblocks("Lausunto saatu").Closes("Päätetty");

    [Fact]
    public void FromEvents_UnsortedRows_BuildVisitsBlocksAndClose()
    {
        ActivityEvent[] events =
        [
            new("c1", "Arviointi alkoi", T(2), "kipina"),
            new("c1", "Lähete vastaanotettu", T(0), "kipina"),
            new("c1", "Odottaa lausuntoa", T(3), null),
            new("c1", "Puhelu", T(3.5), null),
            new("c1", "Lausunto saatu", T(4), null),
            new("c1", "Päätetty", T(6), null),
            new("c2", "Lähete vastaanotettu", T(1), "kipina"),
        ];

        var timelines = TimelineMapper.FromEvents(events, Map).ToDictionary(t => t.CaseId);

        var c1 = timelines["c1"];
        Assert.Equal((T(0), T(6), "kipina"), (c1.Arrival, c1.Closed!.Value, c1.Organisation!));
        Assert.Equal(
            [new StageVisit("jono", StageKind.Waiting, T(0), T(2)), new StageVisit("arviointi", StageKind.Working, T(2), T(6))],
            c1.Visits);
        Assert.Equal([new BlockInterval("Odottaa lausuntoa", T(3), T(4))], c1.Blocks);
        Assert.Equal(TimeSpan.FromDays(2), CaseFlow.Of(c1, T(9)).QueueTime);
        Assert.Null(timelines["c2"].Closed);
    }

    [Fact]
    public void FromEvents_StageAfterClose_ReopensTheCase()
    {
        ActivityEvent[] events =
        [
            new("c", "Lähete vastaanotettu", T(0), null), new("c", "Päätetty", T(1), null),
            new("c", "Arviointi alkoi", T(3), null),
        ];

        var c = TimelineMapper.FromEvents(events, Map).Single();

        Assert.Null(c.Closed);
        Assert.Equal(2, c.Visits.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FromEventLog_EitherOrder_GivesTheSameTimelineAsRows(bool sortByTime)
    {
        var builder = new EventLogBuilder();
        var c = builder.CaseIndex("c1");
        builder.Add(c, "Arviointi alkoi", T(2).Ticks, group: "kipina");
        builder.Add(c, "Lähete vastaanotettu", T(0).Ticks, group: "kipina");
        builder.Add(c, "Päätetty", T(5).Ticks);

        var timeline = TimelineMapper.FromEventLog(builder.Build(sortByTime), Map).Single();

        Assert.Equal((T(0), T(5), "kipina"), (timeline.Arrival, timeline.Closed!.Value, timeline.Organisation!));
        Assert.Equal(["jono", "arviointi"], timeline.Visits.Select(v => v.Stage));
        Assert.Equal(TimeSpan.FromDays(3), CaseFlow.Of(timeline, T(9)).CycleTime);
    }
}
