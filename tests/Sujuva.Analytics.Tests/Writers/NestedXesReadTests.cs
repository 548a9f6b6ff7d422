using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>What the readers make of nested XES: each child where it belongs, on both reader paths.</summary>
public sealed class NestedXesReadTests
{
    public static TheoryData<string> Readers => NestedXesRoundTripTests.Readers;

    private static EventLog Read(string reader) =>
        reader == "utf-8" ? Fixture.Xes(NestedXes.Text) : Fixture.Read(NestedXes.Utf16, EventLogFormat.Xes);

    private static int Row(EventLog log, string caseId, string activity)
    {
        var c = Array.IndexOf(log.CaseIds, caseId);
        return Enumerable.Range(log.CaseStart(c), log.CaseEnd(c) - log.CaseStart(c)).Single(e => log.Activities[log.Activity[e]] == activity);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_LogAttributes_KeepMetaAndListValues(string reader)
    {
        var a = Read(reader).Attributes;
        Assert.Equal(new AttributeValue(AttributeKind.String, "Sujuva test"), a.Log["source"]);
        Assert.Equal(["meta:author", "meta:version"], a.LogChildren["source"].Meta.Select(n => n.Key));
        Assert.Equal("Äijä & co", a.LogChildren["source"].Meta[0].Value.Text);
        Assert.Equal(AttributeKind.List, a.Log["log:tags"].Kind);
        Assert.Equal(["a", "b"], a.LogChildren["log:tags"].Values!.Select(n => n.Value.Text));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_Header_KeepsExtensionsGlobalsAndClassifiers(string reader)
    {
        var xes = Read(reader).Attributes.Xes!;
        Assert.Equal(["concept", "cost"], xes.Extensions.Select(e => e.Prefix));
        Assert.Equal(["trace", "event", null], xes.Globals.Select(g => g.Scope));
        Assert.Equal("meta:required", Assert.Single(xes.Globals[1].Attributes[2].Children!.Meta).Key);
        Assert.Equal(new XesClassifier("Activity and resource", "concept:name org:resource", "event"), xes.Classifiers[1]);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_TraceAttributes_KeepContainersInContainers(string reader)
    {
        var a = Read(reader).Attributes;
        Assert.Equal("meta:id", Assert.Single(a.CaseChildren[(0, "concept:name")].Meta).Key);
        Assert.Equal(AttributeKind.Container, a.Case["client"][0]!.Value.Kind);
        var client = a.CaseChildren[(0, "client")].Meta;
        Assert.Equal(["municipality", "age", "address"], client.Select(n => n.Key));
        Assert.Equal("Tie 1", client[2].Children!.Meta[0].Value.Text);
        Assert.Empty(a.CaseChildren[(1, "empty")].Values!);
        Assert.Null(a.Case["bare"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.List, ""), a.Case["bare"][1]);
        Assert.False(a.CaseChildren.ContainsKey((1, "bare")));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EventAttributes_KeepListEntriesInOrder(string reader)
    {
        var log = Read(reader);
        var register = Row(log, "C1", "Register");
        var drivers = log.Attributes.EventChildren[(register, "cost:drivers")];
        Assert.Equal("meta:count", Assert.Single(drivers.Meta).Key);
        Assert.Equal(["driver", "note", "inner", ""], drivers.Values!.Select(n => n.Key));
        Assert.Equal(new AttributeValue(AttributeKind.Float, "1.5"), drivers.Values![0].Children!.Meta[1].Value);
        Assert.Equal("line\nbreak <\">", drivers.Values[1].Value.Text);
        Assert.Equal("true", drivers.Values[2].Children!.Values![0].Value.Text);
        Assert.Equal("clock", log.Attributes.EventChildren[(register, "time:timestamp")].Meta[0].Value.Text);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EventsSortedByTime_ChildrenStayWithTheirEvent(string reader)
    {
        var log = Read(reader);
        var late = Row(log, "C2", "Decide");
        var early = Row(log, "C2", "Register");
        Assert.True(early < late);
        Assert.Equal("late", log.Attributes.EventChildren[(late, "concept:name")].Meta[0].Value.Text);
        Assert.Equal("meta:why", log.Attributes.EventChildren[(late, "plain")].Meta[0].Key);
        Assert.Equal("direct", log.Attributes.EventChildren[(early, "cost:drivers")].Meta[0].Key);
        Assert.Null(log.Attributes.EventChildren[(early, "cost:drivers")].Values);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_NestingDeeperThanLimit_ThrowsInsteadOfOverflowing(string reader)
    {
        var deep = string.Concat(Enumerable.Repeat("<container key=\"c\">", 200)) + string.Concat(Enumerable.Repeat("</container>", 200));
        var text = $"""<?xml version="1.0" encoding="UTF-8"?><log>{deep}</log>""";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var e = Assert.Throws<EventLogFormatException>(() =>
            Fixture.Read(reader == "utf-8" ? bytes : NestedXesRoundTripTests.ToUtf16(bytes), EventLogFormat.Xes));
        Assert.Contains("nested more than 64 deep", e.Message, StringComparison.Ordinal);
    }
}
