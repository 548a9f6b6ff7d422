using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>A parsed wall-clock time and, when the text had one, its UTC offset.</summary>
internal readonly record struct ParsedTimestamp(
    long LocalTicks, int OffsetMinutes, bool HasOffset, OffsetStyle Style = OffsetStyle.None, bool HasFraction = true)
{
    /// <summary>Exact UTC; without an offset the wall time is read in <paramref name="zone"/>.</summary>
    public long ToUtcTicks(TimeZoneInfo zone)
    {
        if (HasOffset) return LocalTicks - (OffsetMinutes * TimeSpan.TicksPerMinute);
        if (ReferenceEquals(zone, TimeZoneInfo.Utc)) return LocalTicks;
        // A time in the spring-forward gap or the autumn overlap takes the zone's standard offset.
        var local = new DateTime(LocalTicks, DateTimeKind.Unspecified);
        return LocalTicks - zone.GetUtcOffset(local).Ticks;
    }

    /// <summary>
    /// The offset as written, for writers to give back; without one, the zone offset that
    /// <see cref="ToUtcTicks"/> applied (a zone offset in seconds, before 1900, is not kept).
    /// </summary>
    public TimestampOffset Offset(TimeZoneInfo zone)
    {
        if (HasOffset) return new(OffsetMinutes, Style, !HasFraction);
        if (ReferenceEquals(zone, TimeZoneInfo.Utc)) return new(0, OffsetStyle.None, !HasFraction);
        var offset = zone.GetUtcOffset(new DateTime(LocalTicks, DateTimeKind.Unspecified));
        return offset.Ticks % TimeSpan.TicksPerMinute == 0 ? new((int)offset.TotalMinutes, OffsetStyle.None, !HasFraction) : default;
    }

    /// <summary>PM4Py's XES reading: the offset is replaced by UTC, not converted (README caveat 1).</summary>
    public long ToCompatTicks(TimeZoneInfo zone) => HasOffset ? LocalTicks : ToUtcTicks(zone);
}
