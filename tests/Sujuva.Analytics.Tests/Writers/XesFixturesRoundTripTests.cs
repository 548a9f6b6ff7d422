using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>Every well-formed XES fixture of these tests: read, written, read again, on both reader paths, keeps every attribute.</summary>
public sealed class XesFixturesRoundTripTests
{
    private static readonly Dictionary<string, string> Fixtures = new(StringComparer.Ordinal)
    {
        ["nested"] = NestedXes.Text,
        ["dst"] = XesReaderTests.DstLog,
        ["typed"] = XesReaderTests.TypedLog,
        ["nested-meta"] = XesReaderTests.NestedMetaLog,
        ["late-name"] = XesReaderTests.LateNameLog,
        ["non-ascii"] = XesEncodingTests.Log,
        ["entities"] = XesLog(("A", [XesEvent("a &amp; b &lt;&#228;&#x41;&quot;&apos;&gt;", "2023-01-01T00:00:00Z")])),
        ["standard-keys"] = XesLog(("A", [XesEvent("Create", "2023-01-01T10:00:00.000+00:00",
            """<string key="org:resource" value="R1"/><string key="org:group" value="G1"/><date key="start_timestamp" value="2023-01-01T09:00:00.000+00:00"/>""")])),
        ["lifecycle"] = XesLog(("A", [
            XesEvent("W", "2023-01-01T01:00:00Z", """<string key="lifecycle:transition" value="start"/><string key="concept:instance" value="i1"/>"""),
            XesEvent("W", "2023-01-01T02:00:00Z", """<string key="lifecycle:transition" value="complete"/><string key="concept:instance" value="i1"/>""")])),
        ["no-case-name"] = """<log><trace><event><string key="concept:name" value="x"/><date key="time:timestamp" value="2023-01-01T00:00:00Z"/></event></trace></log>""",
    };

    public static TheoryData<string, string> Cases() =>
        [.. Fixtures.Keys.SelectMany(name => new[] { (name, "utf-8"), (name, "utf-16") })];

    private static EventLog Read(byte[] utf8, string reader) =>
        Fixture.Read(reader == "utf-8" ? utf8 : NestedXesRoundTripTests.ToUtf16(utf8), EventLogFormat.Xes);

    [Theory]
    [MemberData(nameof(Cases))]
    public void XesXes_EveryFixture_KeepsEveryAttribute(string fixture, string reader)
    {
        var log = Read(System.Text.Encoding.UTF8.GetBytes(Fixtures[fixture]), reader);
        var written = Write(log, EventLogFormat.Xes);

        Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(Read(written, "utf-8")));
        Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(Read(written, "utf-16")));
        Assert.Equal(log.CaseIds, Read(written, reader).CaseIds);
    }
}
