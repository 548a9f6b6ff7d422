using CsCheck;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;
using Sujuva.Analytics.Writers;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>CSV and OCEL 2.0 JSON keep what they carry; what they cannot carry is named, never silently dropped.</summary>
public sealed class FormatLimitsTests
{
    private static EventLog Through(EventLog log, EventLogFormat format) => Fixture.Read(Fixture.Write(log, format), format);

    [Theory]
    [InlineData(EventLogFormat.Xes)]
    [InlineData(EventLogFormat.XesGz)]
    public void Lost_NestedXesToXes_Nothing(EventLogFormat format) =>
        Assert.Empty(FormatLimits.Lost(Fixture.Xes(NestedXes.Text), format));

    [Theory]
    [InlineData(EventLogFormat.Csv)]
    [InlineData(EventLogFormat.OcelJson)]
    public void Lost_RandomLogsThatRoundTrip_Nothing(EventLogFormat format) =>
        RandomLogs.Log.Sample(log => Assert.Empty(FormatLimits.Lost(log, format)), iter: 100);

    [Theory]
    [InlineData(EventLogFormat.Csv, "CSV")]
    [InlineData(EventLogFormat.OcelJson, "OCEL 2.0 JSON")]
    public void Lost_NestedXesToFlatFormat_NamesEachLoss(EventLogFormat format, string name)
    {
        var lost = FormatLimits.Lost(Fixture.Xes(NestedXes.Text), format);

        Assert.Equal(
        [
            $"{name} has no place for log-level attributes: 2 left out",
            $"{name} has no place for nested attributes (XES lists, containers, meta-attributes): the children of 11 attributes left out, their own values kept",
            $"{name} has no place for the XES header: 2 extensions, 3 globals, 2 classifiers left out",
        ], lost.Take(3));
        Assert.Contains("client", lost[3], StringComparison.Ordinal);
        Assert.Contains("cost:drivers", lost[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventLogFormat.Csv)]
    [InlineData(EventLogFormat.OcelJson)]
    public void RoundTrip_NestedXesThroughFlatFormat_KeepsTopLevelValuesAndTypes(EventLogFormat format)
    {
        var log = Fixture.Xes(NestedXes.Text);
        var back = Through(log, format);

        Assert.Equal(log.CaseIds, back.CaseIds);
        Assert.Equal(log.Timestamp, back.Timestamp);
        Assert.Equal(log.Attributes.Event["plain"], back.Attributes.Event["plain"]);
        Assert.Equal(log.Attributes.Case["score"], back.Attributes.Case["score"]);
        Assert.Equal(0, back.Attributes.NestedCount);
        Assert.Null(back.Attributes.Xes);
    }

    [Theory]
    [InlineData(EventLogFormat.Csv)]
    [InlineData(EventLogFormat.OcelJson)]
    public void Lost_IdTypedAttribute_IsNamed(EventLogFormat format)
    {
        var log = Fixture.Xes(Fixture.XesLog(("A", [Fixture.XesEvent("x", "2023-01-01T00:00:00Z", """<id key="ref" value="b1"/>""")])));
        Assert.Equal(AttributeKind.String, Through(log, format).Attributes.Event["ref"][0]!.Value.Kind);
        Assert.Contains("type or empty values of 1 attributes (ref)", Assert.Single(FormatLimits.Lost(log, format)), StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_EmptyTextInCsv_IsNamed()
    {
        var log = Fixture.Xes(Fixture.XesLog(("A", [Fixture.XesEvent("x", "2023-01-01T00:00:00Z", """<string key="note" value=""/>""")])));
        Assert.Null(Through(log, EventLogFormat.Csv).Attributes.Event["note"][0]);
        Assert.Contains("(note)", Assert.Single(FormatLimits.Lost(log, EventLogFormat.Csv)), StringComparison.Ordinal);
        Assert.Empty(FormatLimits.Lost(log, EventLogFormat.OcelJson));
    }
}
