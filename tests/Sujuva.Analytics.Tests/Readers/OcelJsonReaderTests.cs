using System.Text;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class OcelJsonReaderTests
{
    private const string Ocel = """
        {"objectTypes":[{"name":"case","attributes":[{"name":"opened","type":"time"}]},{"name":"client","attributes":[]},{"name":"service","attributes":[]}],
         "eventTypes":[{"name":"referral sent","attributes":[{"name":"urgency","type":"integer"}]},{"name":"meeting","attributes":[]}],
         "objects":[
          {"id":"case-1","type":"case","attributes":[{"name":"opened","time":"1970-01-01T00:00:00Z","value":"2023-01-01T00:00:00Z"}]},
          {"id":"case-2","type":"case","attributes":[]},
          {"id":"k1","type":"client","attributes":[]},
          {"id":"s1","type":"service","attributes":[]}],
         "events":[
          {"id":"e1","type":"referral sent","time":"2023-01-02T10:00:00+02:00","attributes":[{"name":"urgency","value":2},{"name":"org:resource","value":"R1"}],
           "relationships":[{"objectId":"case-1","qualifier":"from"},{"objectId":"s1","qualifier":"to"},{"objectId":"k1","qualifier":"client"}]},
          {"id":"e2","type":"meeting","time":"2023-01-01T09:00:00Z","attributes":[],
           "relationships":[{"objectId":"case-1","qualifier":"case"},{"objectId":"case-2","qualifier":"case"},{"objectId":"k1","qualifier":"client"}]}]}
        """;

    private static EventLog Read(string? objectType) =>
        Fixture.Read(Encoding.UTF8.GetBytes(Ocel), EventLogFormat.OcelJson, new ReadOptions { ObjectType = objectType });

    [Fact]
    public void Read_FlattenOnCase_EachLinkedEventJoinsItsCase()
    {
        var log = Read(null);
        Assert.Equal(["case-1", "case-2"], log.CaseIds);
        Assert.Equal(["meeting", "referral sent"], Fixture.Activities(log, 0));
        Assert.Equal(["meeting"], Fixture.Activities(log, 1));
        Assert.Equal(Fixture.Utc(2023, 1, 2, 8), log.Timestamp[1]);
        Assert.Equal("R1", log.Resources[log.Resource![1]]);
        Assert.Equal(new AttributeValue(AttributeKind.Int, "2"), log.Attributes.Event["urgency"][1]);
        Assert.Equal(new AttributeValue(AttributeKind.String, "s1"), log.Attributes.Event["service"][1]);
        Assert.Equal(new AttributeValue(AttributeKind.Date, "2023-01-01T00:00:00Z"), log.Attributes.Case["opened"][0]);
    }

    [Fact]
    public void Read_FlattenOnClient_OneCasePerClient()
    {
        var log = Read("client");
        Assert.Equal(["k1"], log.CaseIds);
        Assert.Equal(2, log.EventCount);
    }

    [Fact]
    public void Read_UnknownObjectType_ListsTheTypes()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Read("order"));
        Assert.Contains("case, client, service", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_NamesLine()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Read(Encoding.UTF8.GetBytes("{\"objects\":[\n{\"id\":}]}"), EventLogFormat.OcelJson));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_NotOcel_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Fixture.Read(Encoding.UTF8.GetBytes("[1,2]"), EventLogFormat.OcelJson));
}
