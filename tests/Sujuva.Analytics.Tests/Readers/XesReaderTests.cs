using System.IO.Compression;
using System.Text;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class XesReaderTests
{
    // A case that crosses the end of summer time in Finland (2011-10-30 04:00 EEST → 03:00 EET).
    internal static readonly string DstLog = XesLog(
        ("A", [
            XesEvent("late", "2011-10-30T03:30:00.000+01:00"),
            XesEvent("early", "2011-10-29T23:30:00.000+02:00"),
            XesEvent("tie", "2011-10-30T03:30:00.000+01:00"),
        ]));

    [Fact]
    public void Read_StandardKeys_BecomeColumns()
    {
        var log = Xes(XesLog(("A", [XesEvent("Create", "2023-01-01T10:00:00.000+00:00",
            """<string key="org:resource" value="R1"/><string key="org:group" value="G1"/><date key="start_timestamp" value="2023-01-01T09:00:00.000+00:00"/>""")])));
        Assert.Equal(["A"], log.CaseIds);
        Assert.Equal("Create", log.Activities[log.Activity[0]]);
        Assert.Equal(Utc(2023, 1, 1, 10), log.Timestamp[0]);
        Assert.Equal(Utc(2023, 1, 1, 9), log.StartTimestamp![0]);
        Assert.Equal("R1", log.Resources[log.Resource![0]]);
        Assert.Equal("G1", log.Groups[log.Group![0]]);
        Assert.Empty(log.Attributes.Event);
    }

    internal const string TypedLog = """
        <log><string key="origin" value="test"/>
        <trace><string key="concept:name" value="A"/><date key="deadline" value="2011-12-06T13:41:31.788+01:00"/>
        <event><string key="concept:name" value="x"/><date key="time:timestamp" value="2023-01-01T00:00:00Z"/>
        <float key="amount" value="35.0"/><int key="points" value="2"/><boolean key="paid" value="true"/>
        <id key="ref" value="b1"/><string key="lifecycle:transition" value="complete"/></event></trace></log>
        """;

    internal const string NestedMetaLog = """<log><int key="meta" value="3"><int key="child" value="1"/></int><trace><string key="concept:name" value="A"/></trace></log>""";

    internal const string LateNameLog = """<log><trace><event><string key="concept:name" value="x"/><date key="time:timestamp" value="2023-01-01T00:00:00Z"/></event><string key="concept:name" value="late-name"/></trace></log>""";

    [Fact]
    public void Read_OtherAttributes_KeptWithTheirTypes()
    {
        var log = Xes(TypedLog);
        Assert.Equal(new AttributeValue(AttributeKind.String, "test"), log.Attributes.Log["origin"]);
        Assert.Equal(new AttributeValue(AttributeKind.Date, "2011-12-06T13:41:31.788+01:00"), log.Attributes.Case["deadline"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.Float, "35.0"), log.Attributes.Event["amount"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.Int, "2"), log.Attributes.Event["points"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.Boolean, "true"), log.Attributes.Event["paid"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.Id, "b1"), log.Attributes.Event["ref"][0]);
        Assert.Equal(["origin", "deadline", "amount", "points", "paid", "ref", "lifecycle:transition"],
            [.. log.Attributes.Log.Keys, .. log.Attributes.Case.Keys, .. log.Attributes.Event.Keys]);
    }

    [Fact]
    public void Read_Default_ConvertsOffsetsExactlyAndSortsStably()
    {
        var log = Xes(DstLog);
        Assert.Equal(["early", "late", "tie"], Activities(log, 0));
        Assert.Equal(TimeSpan.FromHours(5), TimeSpan.FromTicks(log.Timestamp[1] - log.Timestamp[0]));
        Assert.True(log.IsTimeOrdered);
    }

    [Fact]
    public void Read_Pm4PyCompat_DropsOffsetsAndKeepsFileOrder()
    {
        var log = Xes(DstLog, new ReadOptions { Pm4PyCompat = true });
        Assert.Equal(["late", "early", "tie"], Activities(log, 0));
        Assert.Equal(Utc(2011, 10, 30, 3, 30), log.Timestamp[0]);
        Assert.Equal(TimeSpan.FromHours(4), TimeSpan.FromTicks(log.Timestamp[0] - log.Timestamp[1]));
        Assert.False(log.IsTimeOrdered);
    }

    [Fact]
    public void Read_Gzip_SameAsPlain()
    {
        var plain = Encoding.UTF8.GetBytes(DstLog);
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(plain);
        var log = Read(packed.ToArray(), EventLogFormat.XesGz);
        Assert.Equal(Xes(DstLog).Timestamp, log.Timestamp);
    }

    [Fact]
    public void Read_TraceNamedAfterItsEvents_StillGroupsThem()
    {
        var log = Xes(LateNameLog);
        Assert.Equal(["late-name"], log.CaseIds);
        Assert.Equal(1, log.EventCount);
    }

    [Fact]
    public void Read_NestedAttributes_KeepTopLevelValueAndChildren()
    {
        var log = Xes(NestedMetaLog);
        Assert.Equal("3", log.Attributes.Log["meta"].Text);
        Assert.False(log.Attributes.Log.ContainsKey("child"));
        Assert.Equal(new AttributeNode("child", new AttributeValue(AttributeKind.Int, "1")), Assert.Single(log.Attributes.LogChildren["meta"].Meta));
    }
}
