using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using static Sujuva.Analytics.Tests.Readers.Fixture;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>
/// Timestamps with every offset form the readers take: a Helsinki DST change (+02:00 then +03:00),
/// negative offsets, Z, +HHMM, +HH and no offset; out of time order in the file, so that sorting moves them.
/// </summary>
internal static partial class OffsetLogs
{
    public static readonly (string Activity, string Time)[] Events =
    [
        ("before DST", "2023-03-26T02:30:00.000+02:00"),
        ("after DST", "2023-03-26T04:30:00.000+03:00"),
        ("New York", "2023-03-25T10:00:00.000-05:00"),
        ("Zulu", "2023-03-26T12:00:00.000Z"),
        ("compact", "2023-03-26T13:00:00.000+0530"),
        ("hours", "2023-03-26T14:00:00.000-03"),
        ("no offset", "2023-03-26T15:00:00.000"),
        ("Newfoundland", "2023-03-26T16:00:00.000-02:30"),
        ("ticks", "2023-03-26T17:00:00.1234567+01:00"),
        ("whole seconds", "2023-03-26T18:00:00+01:00"),
        ("whole seconds without offset", "2023-03-26T19:00:00"),
    ];

    public static string Xes => XesLog(("A", [.. Events.Select(e => XesEvent(e.Activity, e.Time))]));

    public static string Csv
    {
        get
        {
            var sb = new StringBuilder("case:concept:name,concept:name,time:timestamp\n");
            foreach (var (activity, time) in Events) sb.Append(CultureInfo.InvariantCulture, $"A,{activity},{time}\n");
            return sb.ToString();
        }
    }

    public static string Ocel
    {
        get
        {
            var events = Events.Select((e, i) =>
                $$"""{"id":"e{{i}}","type":"{{e.Activity}}","time":"{{e.Time}}","attributes":[],"relationships":[{"objectId":"A","qualifier":"case"}]}""");
            return $$"""{"objectTypes":[{"name":"case","attributes":[]}],"eventTypes":[],"objects":[{"id":"A","type":"case","attributes":[]}],"events":[{{string.Join(",", events)}}]}""";
        }
    }

    /// <summary>Every timestamp text in a written file, in file order.</summary>
    public static string[] Times(byte[] written) =>
        [.. TimePattern().Matches(Encoding.UTF8.GetString(written)).Select(m => m.Value)];

    /// <summary>The events' times of written OCEL JSON, as JSON text values (the writer escapes '+').</summary>
    public static string[] OcelTimes(byte[] written)
    {
        using var json = System.Text.Json.JsonDocument.Parse(written);
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("time").GetString()!)];
    }

    public static string[] Sorted(IEnumerable<string> texts) => [.. texts.Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:?\d\d)?)?")]
    private static partial Regex TimePattern();
}
