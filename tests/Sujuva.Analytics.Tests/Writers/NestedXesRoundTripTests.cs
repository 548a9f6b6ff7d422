using CsCheck;
using System.Text;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>XES → XES keeps every attribute tree, through both readers (tag walker: UTF-8; XmlReader: other encodings).</summary>
public sealed class NestedXesRoundTripTests
{
    public static TheoryData<string> Readers => ["utf-8", "utf-16"];

    private static EventLog Source(string reader) =>
        reader == "utf-8" ? Fixture.Xes(NestedXes.Text) : Fixture.Read(NestedXes.Utf16, EventLogFormat.Xes);

    /// <summary>Written XES re-encoded as UTF-16, so that the XmlReader path reads it.</summary>
    internal static byte[] ToUtf16(byte[] utf8) =>
        [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(utf8).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal))];

    [Fact]
    public void Read_NestedXes_BothReadersGiveTheSameTrees() =>
        Assert.Equal(AttributeTrees.Dump(Source("utf-8")), AttributeTrees.Dump(Source("utf-16")));

    [Theory]
    [MemberData(nameof(Readers))]
    public void XesXes_NestedXes_KeepsEveryTree(string reader)
    {
        var log = Source(reader);
        var xes = Fixture.Write(log, EventLogFormat.Xes);

        Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(Fixture.Read(xes, EventLogFormat.Xes)));
        Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(Fixture.Read(ToUtf16(xes), EventLogFormat.Xes)));
    }

    [Fact]
    public void XesXes_WrittenAgain_IsTheSameBytes()
    {
        var once = Fixture.Write(Source("utf-8"), EventLogFormat.Xes);
        var twice = Fixture.Write(Fixture.Read(once, EventLogFormat.Xes), EventLogFormat.Xes);
        Assert.Equal(Encoding.UTF8.GetString(once), Encoding.UTF8.GetString(twice));
    }

    [Fact]
    public void XesGz_NestedXes_KeepsEveryTree()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sujuva-{Guid.NewGuid():N}.xes.gz");
        try
        {
            var log = Source("utf-8");
            EventLogFiles.Write(log, path);
            Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(EventLogFiles.Read(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void XesXes_RandomNestedLogs_KeepEveryTree(string reader) =>
        RandomNestedLogs.Log.Sample(log =>
        {
            var xes = Fixture.Write(log, EventLogFormat.Xes);
            var back = Fixture.Read(reader == "utf-8" ? xes : ToUtf16(xes), EventLogFormat.Xes);
            Assert.Equal(AttributeTrees.Dump(log), AttributeTrees.Dump(back, header: log.Attributes.Xes is not null));
        }, iter: 150);

    [Fact]
    public void Read_IntervalsOption_KeepsEventChildren()
    {
        var log = Fixture.Xes(NestedXes.Text, new ReadOptions { Intervals = true });
        Assert.Equal(Source("utf-8").Attributes.EventChildren.Count, log.Attributes.EventChildren.Count);
        Assert.Equal(Source("utf-8").Attributes.LogChildren.Keys, log.Attributes.LogChildren.Keys);
    }
}
