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

    private readonly Func<int, short[]> _build;

    private LocalDays(TimeZoneInfo zone)
    {
        _zone = zone;
        _build = Build;
    }

    // TryGetValue first: GetOrAdd with a capturing lambda would allocate on every call.
    public static LocalDays For(TimeZoneInfo zone) =>
        Zones.TryGetValue(zone.Id, out var days) ? days : Zones.GetOrAdd(zone.Id, new LocalDays(zone));

    public DateOnly Date(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The local wall-clock time of a UTC instant (Kind Unspecified).</summary>
    public DateTime Local(DateTime utc)
    {
        var offsets = _years.TryGetValue(utc.Year, out var known) ? known : _years.GetOrAdd(utc.Year, _build);
        var hour = (int)((utc.Ticks - new DateTime(utc.Year, 1, 1).Ticks) / TimeSpan.TicksPerHour);
        var minutes = offsets[hour];
        if (minutes == Changes)
            return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone), DateTimeKind.Unspecified);
        return new DateTime(utc.Ticks + minutes * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
    }

    /// <summary>The UTC instant of a local wall-clock time; checked, with TimeZoneInfo for gaps and overlaps.</summary>
    public DateTime Utc(DateTime local)
    {
        var guess = new DateTime(local.Ticks, DateTimeKind.Utc);
        for (var i = 0; i < 2; i++) guess = new DateTime(local.Ticks - (Local(guess).Ticks - guess.Ticks), DateTimeKind.Utc);
        return Local(guess).Ticks == local.Ticks && !_zone.IsAmbiguousTime(local)
            ? guess
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);
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
