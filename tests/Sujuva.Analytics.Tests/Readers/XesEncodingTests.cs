using System.Text;
using Sujuva.Analytics.Readers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class XesEncodingTests
{
    internal static readonly string Log = XesLog(("Äijä", [XesEvent("Käsittely", "2023-01-01T00:00:00.000+00:00")]));

    [Fact]
    public void Read_Utf16WithByteOrderMark_SameAsUtf8()
    {
        var log = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Log.Replace("UTF-8", "UTF-16", StringComparison.Ordinal))], EventLogFormat.Xes);
        Assert.Equal(["Äijä"], log.CaseIds);
        Assert.Equal("Käsittely", log.Activities[0]);
    }

    [Fact]
    public void Read_Latin1Declared_IsDecoded()
    {
        var latin1 = Encoding.Latin1.GetBytes(Log.Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal));
        Assert.Equal(["Äijä"], Read(latin1, EventLogFormat.Xes).CaseIds);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped() =>
        Assert.Equal(["Äijä"], Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Log)], EventLogFormat.Xes).CaseIds);

    [Fact]
    public void Read_EntitiesAndCharacterReferences_AreDecoded()
    {
        var log = Xes(XesLog(("A", [XesEvent("a &amp; b &lt;&#228;&#x41;&quot;&apos;&gt;", "2023-01-01T00:00:00Z")])));
        Assert.Equal("a & b <äA\"'>", log.Activities[0]);
    }

    [Fact]
    public void Read_InvalidUtf8InAValue_Throws()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<log><trace><string key=\"concept:name\" value=\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"/></trace></log>")];
        var e = Assert.Throws<EventLogFormatException>(() => Read(bytes, EventLogFormat.Xes));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MismatchedEndTag_Throws()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Xes("<log><trace><string key=\"concept:name\" value=\"A\"/></event></log>"));
        Assert.Contains("malformed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndeclaredEntity_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Xes(XesLog(("A", [XesEvent("&nope;", "2023-01-01T00:00:00Z")]))));

    [Fact]
    public void Read_ContentAfterLog_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Xes("<log></log><log></log>"));
}
