using System.Text;
using System.Text.Json;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;

namespace Sujuva.Analytics.Tests.Writers;

public sealed class WriterTests
{
    private const string Csv = "case:concept:name,concept:name,time:timestamp,org:group,case:client,service\n"
        + "A,\"Refer, then wait\",2023-01-01T10:00:00.000+00:00,Employment Office,K1,Health\n"
        + "A,\"Say \"\"hi\"\"\",2023-01-02T10:00:00.1234567+00:00,Social Services,K1,\n";

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public void Csv_QuotesOnlyWhereNeeded_AndRoundTrips() =>
        Assert.Equal(Csv, Text(Fixture.Write(Fixture.Csv(Csv), EventLogFormat.Csv)));

    [Fact]
    public void Xes_EscapesMarkupAndLineBreaks()
    {
        var log = Fixture.Csv("case,activity,timestamp,note\nA,<a & b>,2023-01-01,\"x\ny\"\n");
        var xes = Text(Fixture.Write(log, EventLogFormat.Xes));
        Assert.Contains("value=\"&lt;a &amp; b&gt;\"", xes, StringComparison.Ordinal);
        Assert.Contains("value=\"x&#10;y\"", xes, StringComparison.Ordinal);
        // A date without an offset is written without one, and without a fraction, as it came.
        Assert.Contains("<date key=\"time:timestamp\" value=\"2023-01-01T00:00:00\"/>", xes, StringComparison.Ordinal);
    }

    [Fact]
    public void Ocel_HasCaseOrganisationClientAndServiceObjects()
    {
        using var json = JsonDocument.Parse(Fixture.Write(Fixture.Csv(Csv), EventLogFormat.OcelJson));
        var root = json.RootElement;
        var types = root.GetProperty("objectTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray();
        Assert.Equal(["case", "organisation", "client", "service"], types);
        var first = root.GetProperty("events")[0].GetProperty("relationships").EnumerateArray()
            .Select(r => (r.GetProperty("objectId").GetString(), r.GetProperty("qualifier").GetString())).ToArray();
        Assert.Equal([("A", "case"), ("Employment Office", "organisation"), ("Health", "service")], first);
        var caseObject = root.GetProperty("objects")[0];
        Assert.Equal("K1", caseObject.GetProperty("relationships")[0].GetProperty("objectId").GetString());
    }

    [Fact]
    public void Ocel_ReadBackOnCase_GivesTheSameCsv()
    {
        var ocel = Fixture.Write(Fixture.Csv(Csv), EventLogFormat.OcelJson);
        Assert.Equal(Csv, Text(Fixture.Write(Fixture.Read(ocel, EventLogFormat.OcelJson), EventLogFormat.Csv)));
    }
}
