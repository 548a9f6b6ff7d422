using Sujuva.Analytics.EventLogs;

namespace Sujuva.Benchmarks.Readers;

/// <summary>
/// A deterministic log shaped like the shared generator's output (cases of about ten events with
/// start and end times, a resource and an organisation, an amount), made in-process.
/// </summary>
public static class SyntheticLog
{
    private static readonly string[] Activities =
        [.. Enumerable.Range(1, 20).Select(i => $"Activity {i:00}")];

    private static readonly string[] Organisations =
        ["Employment Office", "Social Services", "Health Centre", "Training Centre", "Benefits Agency"];

    public static EventLog Make(int events, int seed = 42)
    {
        var random = new Random(seed);
        var builder = new EventLogBuilder();
        var time = new DateTime(2022, 1, 3, 8, 0, 0, DateTimeKind.Utc).Ticks;
        for (var c = 0; builder.EventCount < events; c++)
        {
            var caseIndex = builder.CaseIndex($"C{c:0000000}");
            var t = time + (c * TimeSpan.TicksPerHour);
            for (var n = random.Next(1, 20); n > 0 && builder.EventCount < events; n--)
            {
                var start = t + (random.Next(1, 72) * TimeSpan.TicksPerHour);
                t = start + (random.Next(1, 240) * TimeSpan.TicksPerMinute) + random.Next(1000) * TimeSpan.TicksPerMillisecond;
                var organisation = Organisations[random.Next(Organisations.Length)];
                var row = builder.Add(caseIndex, Activities[random.Next(Activities.Length)], t, start,
                    $"{organisation[0]}-{random.Next(1, 25):000}", organisation);
                builder.SetEventAttribute("amount", row, new AttributeValue(AttributeKind.Float, $"{random.Next(10, 500)}.0"));
            }
        }
        return builder.Build();
    }
}
