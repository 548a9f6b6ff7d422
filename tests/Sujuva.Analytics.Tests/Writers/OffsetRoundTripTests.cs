using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Writers;
using static Sujuva.Analytics.Tests.Readers.Fixture;
using static Sujuva.Analytics.Tests.Writers.OffsetLogs;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>Round trips give back each timestamp's text as it came in, offset included; analyses see the same UTC instants.</summary>
public sealed class OffsetRoundTripTests
{
    private static readonly string[] Expected = Sorted(Events.Select(e => e.Time));

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void XesXes_EveryOffsetForm_KeepsTheText(string reader)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(OffsetLogs.Xes);
        var log = Read(reader == "utf-8" ? utf8 : NestedXesRoundTripTests.ToUtf16(utf8), EventLogFormat.Xes);
        Assert.Equal(Expected, Sorted(Times(Write(log, EventLogFormat.Xes))));
    }

    [Fact]
    public void CsvCsv_EveryOffsetForm_KeepsTheText() =>
        Assert.Equal(Expected, Sorted(Times(Write(Csv(OffsetLogs.Csv), EventLogFormat.Csv))));

    [Fact]
    public void OcelOcel_EveryOffsetForm_KeepsTheText()
    {
        var log = Read(System.Text.Encoding.UTF8.GetBytes(Ocel), EventLogFormat.OcelJson);
        Assert.Equal(Expected, Sorted(OcelTimes(Write(log, EventLogFormat.OcelJson))));
    }

    [Fact]
    public void XesCsvXes_EveryOffsetForm_KeepsTheText()
    {
        var csv = Write(Xes(OffsetLogs.Xes), EventLogFormat.Csv);
        Assert.Equal(Expected, Sorted(Times(Write(Read(csv, EventLogFormat.Csv), EventLogFormat.Xes))));
    }

    [Fact]
    public void Read_OutOfOrderEvents_EachKeepsItsOwnOffset()
    {
        var log = Xes(OffsetLogs.Xes);
        Assert.True(log.IsTimeOrdered);
        Assert.Equal("New York", log.Activities[log.Activity[0]]);
        var byActivity = Events.ToDictionary(e => e.Activity, e => e.Time);
        for (var e = 0; e < log.EventCount; e++)
            Assert.Equal(byActivity[log.Activities[log.Activity[e]]], TimestampFormat.Format(log.Timestamp[e], log.TimestampOffsets![e]));
    }

    [Fact]
    public void Read_OffsetsAcrossDst_AnalysesSeeUtcInstants()
    {
        var log = Xes(OffsetLogs.Xes);
        var before = Array.FindIndex(log.Activity, a => log.Activities[a] == "before DST");
        var after = Array.FindIndex(log.Activity, a => log.Activities[a] == "after DST");
        Assert.Equal(Utc(2023, 3, 26, 0, 30), log.Timestamp[before]);
        Assert.Equal(TimeSpan.FromHours(1), TimeSpan.FromTicks(log.Timestamp[after] - log.Timestamp[before]));
        Assert.Equal(new TimestampOffset(180, OffsetStyle.HoursMinutes), log.TimestampOffset(after));
    }

    [Fact]
    public void CsvCsv_NoOffsetInAZone_IsWrittenBackBareInThatZone()
    {
        var helsinki = new ReadOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki") };
        var log = Csv("case,activity,timestamp\nA,a,2023-03-26T02:30:00.000\nA,b,2023-03-26T04:30:00.000\n", helsinki);
        Assert.Equal(TimeSpan.FromHours(1), TimeSpan.FromTicks(log.Timestamp[1] - log.Timestamp[0]));
        Assert.Equal(["2023-03-26T02:30:00.000", "2023-03-26T04:30:00.000"], Times(Write(log, EventLogFormat.Csv)));
    }

    [Fact]
    public void CsvXes_StartTimestamps_KeepTheirOwnOffsets()
    {
        var log = Csv("case,activity,start_timestamp,timestamp\nA,a,2023-03-26T02:30:00.000+02:00,2023-03-26T04:30:00.000+03:00\n");
        Assert.Equal(["2023-03-26T04:30:00.000+03:00", "2023-03-26T02:30:00.000+02:00"], Times(Write(log, EventLogFormat.Xes)));
    }

    [Fact]
    public void CsvXes_EventWithoutStart_StartsWithItsTimestampsOffset()
    {
        var log = Csv("case,activity,start_timestamp,timestamp\nA,a,2023-03-26T02:30:00.000+02:00,2023-03-26T04:30:00.000+03:00\n"
            + "A,b,,2023-03-26T05:30:00.000-04:00\n");
        Assert.Equal(["2023-03-26T04:30:00.000+03:00", "2023-03-26T02:30:00.000+02:00", "2023-03-26T05:30:00.000-04:00", "2023-03-26T05:30:00.000-04:00"],
            Times(Write(log, EventLogFormat.Xes)));
    }

    [Fact]
    public void Intervals_StartEvent_GivesItsOffsetToTheStart()
    {
        var log = Xes(XesLog(("A", [
            XesEvent("W", "2023-03-26T02:30:00.000+02:00", """<string key="lifecycle:transition" value="start"/>"""),
            XesEvent("W", "2023-03-26T04:30:00.000-03:00", """<string key="lifecycle:transition" value="complete"/>""")])),
            new ReadOptions { Intervals = true });
        Assert.Equal(["2023-03-26T02:30:00.000+02:00", "2023-03-26T04:30:00.000-03:00"], Sorted(Times(Write(log, EventLogFormat.Csv))));
    }

    [Fact]
    public void Read_Pm4PyCompat_DropsOffsetsAsBefore()
    {
        var log = Xes(OffsetLogs.Xes, new ReadOptions { Pm4PyCompat = true });
        Assert.Null(log.TimestampOffsets);
        Assert.Contains("2023-03-26T04:30:00.000+00:00", Times(Write(log, EventLogFormat.Xes)));
    }

    [Fact]
    public void Build_LogWithoutOffsets_HasNoOffsetColumn()
    {
        var builder = new EventLogBuilder();
        builder.Add(builder.CaseIndex("A"), "a", Utc(2023, 1, 1));
        var log = builder.Build();
        Assert.Null(log.TimestampOffsets);
        Assert.Equal(["2023-01-01T00:00:00.000+00:00"], Times(Write(log, EventLogFormat.Csv)));
    }
}
