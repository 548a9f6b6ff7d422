using System.Collections.Concurrent;

namespace Sujuva.Analytics.Flow;

/// <summary>
/// Fast UTC → local calendar day for one time zone: the UTC offset of every hour of a year is
/// looked up once and cached; an hour that contains an offset change falls back to TimeZoneInfo.
/// Dashboards bucket hundreds of thousands of instants, where TimeZoneInfo alone is too slow.
/// </summary>
internal sealed class LocalDays
{
    private const short Changes = short.MinValue;
    private static readonly ConcurrentDictionary<string, LocalDays> Zones = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _zone;
    private readonly ConcurrentDictionary<int, short[]> _years = new();

    private LocalDays(TimeZoneInfo zone) => _zone = zone;

    public static LocalDays For(TimeZoneInfo zone) => Zones.GetOrAdd(zone.Id, _ => new LocalDays(zone));

    public DateOnly Date(DateTime utc)
    {
        var offsets = _years.GetOrAdd(utc.Year, Build);
        var hour = (int)((utc.Ticks - new DateTime(utc.Year, 1, 1).Ticks) / TimeSpan.TicksPerHour);
        var minutes = offsets[hour];
        if (minutes == Changes)
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));
        return DateOnly.FromDayNumber((int)((utc.Ticks + minutes * TimeSpan.TicksPerMinute) / TimeSpan.TicksPerDay));
    }

    private short[] Build(int year)
    {
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offsets = new short[(int)((start.AddYears(1) - start).Ticks / TimeSpan.TicksPerHour)];
        for (var h = 0; h < offsets.Length; h++)
        {
            var from = start.AddHours(h);
            var a = _zone.GetUtcOffset(from);
            var b = _zone.GetUtcOffset(from.AddTicks(TimeSpan.TicksPerHour - 1));
            offsets[h] = a == b ? (short)a.TotalMinutes : Changes;
        }

        return offsets;
    }
}
