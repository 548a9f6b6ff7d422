using System.Globalization;
using CsCheck;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>
/// Random logs whose every value survives CSV: no XES id type, no empty text, no log attributes.
/// CsCheck draws a seed; the shape follows from it, so a failure is reproducible from the report.
/// </summary>
internal static class RandomLogs
{
    private const string Alphabet = "abcxyzÄö✓ 0,;\"\n\r&<>'|\t-";
    private const long Origin = 638_000_000_000_000_000;

    private static readonly (string Key, AttributeKind Kind, Func<Random, string> Value)[] Columns =
    [
        ("note", AttributeKind.String, Text),
        ("amount", AttributeKind.Float, r => $"{r.Next(-1000, 1000)}.5"),
        ("points", AttributeKind.Int, r => r.Next(-50, 50).ToString(CultureInfo.InvariantCulture)),
        ("paid", AttributeKind.Boolean, r => r.Next(2) == 0 ? "true" : "false"),
        ("due", AttributeKind.Date, r => $"2024-01-{r.Next(1, 29):00}T{r.Next(24):00}:00:00.000+0{r.Next(3)}:00"),
    ];

    public static Gen<EventLog> Log { get; } = Gen.Int[0, int.MaxValue].Select(Build);

    public static EventLog Build(int seed)
    {
        var random = new Random(seed);
        var builder = new EventLogBuilder();
        var withStart = random.Next(2) == 0;
        var withResource = random.Next(2) == 0;
        var eventKeys = Columns.Where(_ => random.Next(2) == 0).ToArray();
        var caseKeys = Columns.Where(_ => random.Next(3) == 0).ToArray();
        for (var c = random.Next(1, 6); c > 0; c--)
        {
            var caseIndex = builder.CaseIndex(Text(random) + c);
            foreach (var (key, kind, value) in caseKeys)
                if (random.Next(4) > 0) builder.SetCaseAttribute(key, caseIndex, new AttributeValue(kind, value(random)));
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                var time = Ticks(random);
                var row = builder.Add(caseIndex, Text(random), time,
                    withStart ? time - random.Next(0, 100_000) : null,
                    withResource && random.Next(3) > 0 ? Text(random) : null,
                    random.Next(3) == 0 ? Text(random) : null);
                foreach (var (key, kind, value) in eventKeys)
                    if (random.Next(4) > 0) builder.SetEventAttribute(key, row, new AttributeValue(kind, value(random)));
            }
        }
        return builder.Build();
    }

    // Starts with a letter so that no text column is mistaken for numbers, booleans or dates.
    private static string Text(Random random) =>
        "s" + new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

    private static long Ticks(Random random)
    {
        var t = Origin + random.NextInt64(400L * TimeSpan.TicksPerDay);
        return random.Next(2) == 0 ? t - (t % TimeSpan.TicksPerMillisecond) : t;
    }
}
