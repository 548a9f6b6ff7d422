using System.IO.Compression;
using System.Text;
using Sujuva.Analytics.Readers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class XesReaderErrorTests
{
    [Fact]
    public void Read_MalformedXml_NamesLineAndColumn()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Xes("<log>\n<trace>\n<event></trace></log>"));
        Assert.Equal(3, e.Line);
        Assert.True(e.Column > 0);
        Assert.Contains("malformed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedDocument_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Xes(XesLog(("A", [XesEvent("x", "2023-01-01T00:00:00Z")]))[..^20]));

    [Fact]
    public void Read_TruncatedGzip_Throws()
    {
        var plain = Encoding.UTF8.GetBytes(XesLog(("A", [XesEvent("x", "2023-01-01T00:00:00Z"), XesEvent("y", "2023-01-02T00:00:00Z")])));
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(plain);
        var bytes = packed.ToArray();
        Assert.Throws<EventLogFormatException>(() => Read(bytes[..(bytes.Length / 2)], EventLogFormat.XesGz));
    }

    [Fact]
    public void Read_BadTimestamp_NamesElementLine()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Xes("<log><trace>\n" + XesEvent("x", "tomorrow") + "</trace></log>"));
        Assert.Equal(2, e.Line);
        Assert.Contains("tomorrow", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EventWithoutTimestamp_Throws()
    {
        var e = Assert.Throws<EventLogFormatException>(() =>
            Xes("<log><trace>\n<event><string key=\"concept:name\" value=\"x\"/></event></trace></log>"));
        Assert.Contains("time:timestamp", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_NotXes_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Xes("<html><body/></html>"));

    [Fact]
    public void Read_HugeAttributeValue_ThrowsBeforeBufferingIt()
    {
        var huge = new string('x', TagSizeGuardStream.MaxTagBytes + 1024);
        var e = Assert.Throws<EventLogFormatException>(() => Xes($"<log><string key=\"k\" value=\"{huge}\"/></log>"));
        Assert.Contains("longer than", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityExpansion_IsRefused() =>
        Assert.Throws<EventLogFormatException>(() => Xes("<!DOCTYPE log [<!ENTITY a \"aaaa\">]><log><string key=\"k\" value=\"&a;\"/></log>"));
}
