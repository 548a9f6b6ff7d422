using System.Xml;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Streams an XES log with XmlReader. Standard keys become columns (concept:name, time:timestamp,
/// start_timestamp, org:resource, org:group); every other log, trace and event attribute is kept
/// typed, with its nested attributes (XES lists, containers, meta-attributes) and the log header.
/// </summary>
internal static class XesEventLogReader
{
    public static EventLog Read(Stream stream, string file, ReadOptions options)
    {
        var head = new byte[1024];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var whole = new PrefixedStream(head[..n], stream);
        if (!IsUtf8(head.AsSpan(0, n))) return ReadWithXmlReader(whole, file, options);
        var walker = new XesTagWalker(new XmlTagReader(whole, file), new EventLogBuilder(), options);
        walker.ReadLog();
        return Finish(walker.Builder, walker.TraceGlobals, walker.EventGlobals, options);
    }

    private static EventLog Finish(EventLogBuilder builder, List<string> traceGlobals, List<string> eventGlobals, ReadOptions options)
    {
        var raw = builder.Build(sortByTime: !options.Pm4PyCompat && !options.Intervals);
        var log = options.Intervals ? LifecycleIntervals.Pair(raw, options.Pm4PyCompat) : raw;
        AttributeOrder.Apply(log.Attributes.Case, traceGlobals);
        AttributeOrder.Apply(log.Attributes.Event, eventGlobals);
        return log;
    }

    // UTF-8 unless a UTF-16 byte order mark or the XML declaration says otherwise.
    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF])) return false;
        if (head.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF])) head = head[3..];
        if (!head.StartsWith("<?xml"u8)) return !head.StartsWith([(byte)'<', (byte)0]);
        var end = head.IndexOf("?>"u8);
        var declaration = System.Text.Encoding.ASCII.GetString(end < 0 ? head : head[..end]).ToLowerInvariant();
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return true;
        var value = declaration[(at + 8)..].TrimStart(' ', '=', '"', '\'');
        return value.StartsWith("utf-8", StringComparison.Ordinal) || value.StartsWith("us-ascii", StringComparison.Ordinal);
    }

    /// <summary>Other encodings (rare in XES) go through XmlReader, which decodes them.</summary>
    private static EventLog ReadWithXmlReader(Stream stream, string file, ReadOptions options)
    {
        var names = new XesNames();
        var settings = new XmlReaderSettings
        {
            NameTable = names.Table,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1 << 16,
        };
        using var xml = XmlReader.Create(new TagSizeGuardStream(stream, file), settings);
        var lineInfo = (IXmlLineInfo)xml;
        try
        {
            var state = new XesXmlReaderState(names, new EventLogBuilder(), options, file, lineInfo);
            if (!xml.ReadToFollowing("log")) throw state.Error("not an XES file: there is no <log> element");
            state.ReadLog(xml);
            return Finish(state.Builder, state.TraceGlobals, state.EventGlobals, options);
        }
        catch (XmlException e)
        {
            throw new EventLogFormatException(file, e.LineNumber, e.LinePosition, $"malformed XML: {e.Message}", e);
        }
    }
}

/// <summary>Atomised names: the reader returns these very instances, so comparisons are by reference.</summary>
internal sealed class XesNames
{
    public XesNames()
    {
        Trace = Table.Add("trace");
        Event = Table.Add("event");
        Log = Table.Add("log");
        Key = Table.Add("key");
        Value = Table.Add("value");
        foreach (var (name, kind) in Types) TypeNames[Table.Add(name)] = kind;
        Values = Table.Add("values");
    }

    private static readonly (string, AttributeKind)[] Types =
    [
        ("string", AttributeKind.String), ("date", AttributeKind.Date), ("int", AttributeKind.Int),
        ("float", AttributeKind.Float), ("boolean", AttributeKind.Boolean), ("id", AttributeKind.Id),
        ("list", AttributeKind.List), ("container", AttributeKind.Container),
    ];

    public System.Xml.NameTable Table { get; } = new();

    public string Trace { get; }

    public string Event { get; }

    public string Log { get; }

    public string Key { get; }

    public string Value { get; }

    public Dictionary<string, AttributeKind> TypeNames { get; } = new(ReferenceEqualityComparer.Instance);

    public string Values { get; }
}
