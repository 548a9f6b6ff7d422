using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Tests.EventLogs;

public sealed class EventLogBuilderTests
{
    [Fact]
    public void Build_ManyEventsAcrossChunks_KeepsEveryValueInCaseOrder()
    {
        var builder = new EventLogBuilder();
        const int n = 50_000;
        for (var i = 0; i < n; i++)
        {
            var row = builder.Add(builder.CaseIndex($"C{i % 7}"), $"A{i % 3}", n - i);
            builder.SetEventAttribute("i", row, new AttributeValue(AttributeKind.Int, $"{i}"));
        }
        var log = builder.Build();
        Assert.Equal(n, log.EventCount);
        for (var c = 0; c < log.CaseCount; c++)
        {
            for (var e = log.CaseStart(c) + 1; e < log.CaseEnd(c); e++) Assert.True(log.Timestamp[e - 1] <= log.Timestamp[e]);
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
                Assert.Equal(n - int.Parse(log.Attributes.Event["i"][e]!.Value.Text, System.Globalization.CultureInfo.InvariantCulture), log.Timestamp[e]);
        }
    }

    [Fact]
    public void Build_DictionaryAttributes_StillFollowTheirRows()
    {
        var builder = new EventLogBuilder();
        var late = builder.Add(builder.CaseIndex("A"), "late", 20);
        var early = builder.Add(builder.CaseIndex("A"), "early", 10);
        builder.Attributes.Event["note"] = [new AttributeValue(AttributeKind.String, "late"), new AttributeValue(AttributeKind.String, "early")];
        var log = builder.Build();
        Assert.Equal((0, 1), (late, early));
        Assert.Equal("early", log.Attributes.Event["note"][0]!.Value.Text);
    }

    [Fact]
    public void Build_TiesOnStartAndTime_KeepSourceOrder()
    {
        var builder = new EventLogBuilder();
        var c = builder.CaseIndex("A");
        builder.Add(c, "second", 5, 1);
        builder.Add(c, "first", 5, 0);
        builder.Add(c, "third", 5, 1);
        var log = builder.Build();
        Assert.Equal(["first", "second", "third"], log.Activity.Select(a => log.Activities[a]));
    }

    [Fact]
    public void Append_LaterBuilder_MergesCasesAndNames()
    {
        var first = new EventLogBuilder();
        first.Add(first.CaseIndex("A"), "x", 1, null, "R1");
        var later = new EventLogBuilder();
        later.Add(later.CaseIndex("B"), "y", 2, null, "R2");
        later.Add(later.CaseIndex("A"), "x", 3, null, "R1");
        var map = first.Append(later);
        var log = first.Build();
        Assert.Equal([1, 0], map);
        Assert.Equal(["A", "B"], log.CaseIds);
        Assert.Equal([0, 2, 3], log.CaseOffsets);
        Assert.Equal(["R1", "R1", "R2"], log.Resource!.Select(r => log.Resources[r]));
    }

    [Fact]
    public void NameTable_SpanAndStringInterning_GiveTheSameId()
    {
        var names = new NameTable();
        Assert.Equal(names.Intern("Meeting"), names.Intern("Meeting".AsSpan()));
        Assert.Equal(1, names.Count);
    }
}
