using System.Text;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class CsvReaderTests
{
    private const string Plain = """
        case_id,activity,start_time,end_time,resource,organisation,amount
        C2,Register,2023-01-02T08:00:00Z,2023-01-02T08:10:00Z,EO-1,Employment Office,10
        C1,Register,2023-01-01T08:00:00Z,2023-01-01T08:10:00Z,EO-2,Employment Office,20
        C2,Interview,2023-01-03T09:00:00Z,2023-01-03T10:00:00Z,EO-1,Employment Office,
        C1,Interview,2023-01-02T09:00:00Z,2023-01-02T10:00:00Z,,Social Services,30
        """;

    [Fact]
    public void Read_CommonColumnNames_MapStandardFields()
    {
        var log = Fixture.Csv(Plain);
        Assert.Equal(["C2", "C1"], log.CaseIds);
        Assert.Equal([0, 2, 4], log.CaseOffsets);
        Assert.Equal(["Register", "Interview"], Fixture.Activities(log, 0));
        Assert.Equal(Fixture.Utc(2023, 1, 2, 8, 10), log.Timestamp[0]);
        Assert.Equal(Fixture.Utc(2023, 1, 2, 8), log.StartTimestamp![0]);
        Assert.Equal(-1, log.Resource![3]);
        Assert.Equal("Social Services", log.Groups[log.Group![3]]);
        Assert.True(log.IsTimeOrdered);
    }

    [Fact]
    public void Read_OtherColumns_KeptAsTypedAttributes()
    {
        var log = Fixture.Csv(Plain);
        var amount = log.Attributes.Event["amount"];
        Assert.Equal(new AttributeValue(AttributeKind.Int, "10"), amount[0]);
        Assert.Null(amount[1]);
    }

    [Fact]
    public void Read_CaseColumns_BecomeCaseAttributes()
    {
        var log = Fixture.Csv("case:concept:name,concept:name,time:timestamp,case:channel,case:budget\n"
            + "A,x,2023-01-01T00:00:00Z,Internet,1.5\nA,y,2023-01-02T00:00:00Z,Internet,1.5\n");
        Assert.Equal(new AttributeValue(AttributeKind.String, "Internet"), log.Attributes.Case["channel"][0]);
        Assert.Equal(new AttributeValue(AttributeKind.Float, "1.5"), log.Attributes.Case["budget"][0]);
        Assert.Empty(log.Attributes.Event);
    }

    [Fact]
    public void Read_UnorderedRows_SortsEachCaseStably()
    {
        var log = Fixture.Csv("case,activity,timestamp\nA,late,2023-01-02\nA,tie1,2023-01-01\nA,tie2,2023-01-01\n");
        Assert.Equal(["tie1", "tie2", "late"], Fixture.Activities(log, 0));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Read_OtherDelimiter_IsDetected(char delimiter)
    {
        var log = Fixture.Csv(Plain.Replace(',', delimiter));
        Assert.Equal(4, log.EventCount);
        Assert.Equal("Employment Office", log.Groups[log.Group![0]]);
    }

    [Fact]
    public void Read_QuotedFields_UnquotedPerRfc4180()
    {
        var log = Fixture.Csv("case,activity,timestamp,note\r\n\"A,1\",\"say \"\"hi\"\"\",2023-01-01T00:00:00Z,\"two\r\nlines\"\r\n");
        Assert.Equal("A,1", log.CaseIds[0]);
        Assert.Equal("say \"hi\"", log.Activities[0]);
        Assert.Equal("two\r\nlines", log.Attributes.Event["note"][0]!.Value.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void Read_EncodingWithByteOrderMark_ReadsTheSameText(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "case,activity,timestamp\nÄijä,Käsittely ✓,23.11.2026 14:05\n";
        var log = Fixture.Read([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], EventLogFormat.Csv);
        Assert.Equal("Äijä", log.CaseIds[0]);
        Assert.Equal("Käsittely ✓", log.Activities[0]);
    }

    [Fact]
    public void Read_ExplicitMapping_OverridesDetection()
    {
        var columns = new CsvColumns { Case = "client", Activity = "step", Timestamp = "when", Resource = "who" };
        var log = Fixture.Csv("client;step;when;who\nK1;Meet;2023-01-01 10:00;Anna\n", new ReadOptions { Columns = columns, Delimiter = ';' });
        Assert.Equal("K1", log.CaseIds[0]);
        Assert.Equal("Anna", log.Resources[log.Resource![0]]);
    }

    [Fact]
    public void Read_OffsetlessTimestamps_UseTheGivenZone()
    {
        var options = new ReadOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki") };
        var log = Fixture.Csv("case,activity,timestamp\nA,x,23.11.2026 14.05.00\n", options);
        Assert.Equal(Fixture.Utc(2026, 11, 23, 12, 5), log.Timestamp[0]);
    }

    [Fact]
    public void Read_ReceiptStyleOffsets_ConvertExactlyAcrossDaylightSaving()
    {
        var log = Fixture.Csv("case,activity,timestamp\nA,a,2011-10-29 23:30:00.000000+02:00\nA,b,2011-10-30 03:30:00.000000+01:00\n");
        Assert.Equal(TimeSpan.FromHours(5), TimeSpan.FromTicks(log.Timestamp[1] - log.Timestamp[0]));
    }
}
