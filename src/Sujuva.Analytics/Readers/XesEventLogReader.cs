using System.Xml;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Streams an XES log with XmlReader. Standard keys become columns (concept:name, time:timestamp,
/// start_timestamp, org:resource, org:group); every other log, trace and event attribute is kept
/// typed. Nested attributes (XES lists, meta data) keep their top-level value only.
/// </summary>
internal static class XesEventLogReader
{
    public static EventLog Read(Stream stream, string file, ReadOptions options)
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
            var state = new XesState(names, new EventLogBuilder(), options, file, lineInfo);
            if (!xml.ReadToFollowing("log")) throw state.Error("not an XES file: there is no <log> element");
            state.ReadLog(xml);
            var raw = state.Builder.Build(sortByTime: !options.Pm4PyCompat && !options.Intervals);
            var log = options.Intervals ? LifecycleIntervals.Pair(raw, options.Pm4PyCompat) : raw;
            state.ApplyGlobalOrder(log);
            return log;
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
        Nested = [Table.Add("list"), Table.Add("container"), Table.Add("values")];
    }

    private static readonly (string, AttributeKind)[] Types =
    [
        ("string", AttributeKind.String), ("date", AttributeKind.Date), ("int", AttributeKind.Int),
        ("float", AttributeKind.Float), ("boolean", AttributeKind.Boolean), ("id", AttributeKind.Id),
    ];

    public System.Xml.NameTable Table { get; } = new();

    public string Trace { get; }

    public string Event { get; }

    public string Log { get; }

    public string Key { get; }

    public string Value { get; }

    public Dictionary<string, AttributeKind> TypeNames { get; } = new(ReferenceEqualityComparer.Instance);

    public string[] Nested { get; }
}
