using System.Text;
using CsCheck;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Writers;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Readers;

/// <summary>The XES reader cut into small stretches of traces must read exactly as in one piece.</summary>
public sealed class XesParallelReaderTests
{
    private static EventLog ReadInPieces(byte[] bytes, int chunkBytes, ReadOptions? options = null) =>
        XesEventLogReader.Read(new MemoryStream(bytes), "fixture", options ?? ReadOptions.Default, chunkBytes);

    [Fact]
    public void Read_SmallStretches_SameLogAsOnePiece() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var xes = Write(RandomLogs.Build(seed), EventLogFormat.Xes);
            var whole = Write(Read(xes, EventLogFormat.Xes), EventLogFormat.Csv);
            var pieces = Write(ReadInPieces(xes, 1 + (seed % 300)), EventLogFormat.Csv);
            Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(pieces));
        }, iter: 150);

    [Fact]
    public void Read_DamagedInputInPieces_OnlyFormatExceptionEscapes() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var bytes = Write(RandomLogs.Build(seed), EventLogFormat.Xes);
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var cut = bytes[..random.Next(bytes.Length / 2, bytes.Length + 1)];
            try
            {
                ReadInPieces(cut, 1 + (seed % 200));
            }
            catch (EventLogFormatException)
            {
                // The one exception a reader may let out.
            }
        }, iter: 200);

    [Fact]
    public void Read_ErrorInALaterStretch_NamesItsLineInTheFile()
    {
        var traces = Enumerable.Range(0, 30).Select(i => ($"C{i}", new[] { "\n" + XesEvent("x", "2023-01-01T00:00:00Z") })).ToList();
        traces.Add(("bad", ["\n" + XesEvent("x", "never")]));
        var e = Assert.Throws<EventLogFormatException>(() => ReadInPieces(Encoding.UTF8.GetBytes(XesLog([.. traces])), 64));
        Assert.Equal(32, e.Line);
    }

    [Fact]
    public void Read_UnnamedTraces_NumberedAcrossStretches()
    {
        var unnamed = "<trace>" + XesEvent("x", "2023-01-01T00:00:00Z") + "</trace>";
        var log = ReadInPieces(Encoding.UTF8.GetBytes($"<log>{unnamed}{unnamed}{unnamed}</log>"), 16);
        Assert.Equal(["trace 1", "trace 2", "trace 3"], log.CaseIds);
    }

    [Fact]
    public void Read_TruncatedAfterATrace_Throws()
    {
        var text = XesLog(("A", [XesEvent("x", "2023-01-01T00:00:00Z")]), ("B", [XesEvent("y", "2023-01-01T00:00:00Z")]));
        var e = Assert.Throws<EventLogFormatException>(() => ReadInPieces(Encoding.UTF8.GetBytes(text[..^"</log>".Length]), 32));
        Assert.Contains("before </log>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContentAfterLogInALaterStretch_Throws()
    {
        var text = XesLog(("A", [XesEvent("x", "2023-01-01T00:00:00Z")])) + "<trace></trace>";
        Assert.Throws<EventLogFormatException>(() => ReadInPieces(Encoding.UTF8.GetBytes(text), 16));
    }

    [Fact]
    public void Read_LogAttributesAndGlobalsInPieces_Kept()
    {
        var log = RandomLogs.Build(11);
        var xes = Write(log, EventLogFormat.Xes);
        var back = ReadInPieces(xes, 8);
        Assert.Equal(log.Attributes.Event.Keys, back.Attributes.Event.Keys);
        Assert.Equal(log.Attributes.Case.Keys, back.Attributes.Case.Keys);
    }
}
