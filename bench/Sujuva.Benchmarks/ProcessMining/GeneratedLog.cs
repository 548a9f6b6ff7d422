using Sujuva.Analytics.EventLogs;

namespace Sujuva.Benchmarks.ProcessMining;

/// <summary>
/// A seeded synthetic log built in memory: cases walk a random process over 20 activities (about 10
/// events each, some loops), with exponential waits and service times, so that every analysis has
/// realistic work to do.
/// </summary>
internal static class GeneratedLog
{
    public static EventLog Create(int events, bool withStartTimes, int seed = 42)
    {
        const int Activities = 20;
        var random = new Random(seed);
        var builder = new EventLogBuilder();
        var names = Enumerable.Range(0, Activities).Select(a => $"Activity {a:00}").ToArray();
        var clock = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var added = 0;
        for (var c = 0; added < events; c++)
        {
            var caseIndex = builder.CaseIndex($"C{c:0000000}");
            var time = clock + (c * TimeSpan.TicksPerMinute * 7);
            var activity = 0;
            var length = 3 + random.Next(15);
            for (var i = 0; i < length && added < events; i++, added++)
            {
                var start = time + (long)(-Math.Log(1 - random.NextDouble()) * TimeSpan.TicksPerHour * 20);
                time = start + (long)(-Math.Log(1 - random.NextDouble()) * TimeSpan.TicksPerHour);
                builder.Add(caseIndex, names[activity], time, withStartTimes ? start : null);
                // Mostly forward, sometimes back: loops make variants and back edges.
                activity = Math.Clamp(activity + random.Next(-2, 4), 0, Activities - 1);
            }
        }
        return builder.Build();
    }
}
