using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// UTC ticks as ISO 8601 in the source's offset and its style (+02:00, +0200, +02, Z, or none for
/// a wall time read in a zone), else +00:00: whole seconds where the source had no fraction, else
/// milliseconds when they suffice, else all seven tick digits, so that every reader gets the same instant back. Written into a span, so that a row
/// allocates no string.
/// </summary>
internal static class TimestampFormat
{
    public const int MaxLength = 33;

    public static int Write(long ticks, Span<char> to) => Write(ticks, 0, to);

    /// <param name="ticks">UTC ticks.</param>
    /// <param name="offsetCode">A <see cref="TimestampOffset.Code"/>; 0 writes UTC as +00:00.</param>
    /// <param name="to">At least <see cref="MaxLength"/> chars.</param>
    public static int Write(long ticks, ushort offsetCode, Span<char> to)
    {
        var offset = TimestampOffset.FromCode(offsetCode);
        var local = ticks + (offset.Minutes * TimeSpan.TicksPerMinute);
        if (local < 0 || local > DateTime.MaxValue.Ticks) (local, offset) = (ticks, default);
        var n = WriteWallTime(local, offset.NoFraction, to);
        return n + WriteOffset(offset, to[n..]);
    }

    public static string Format(long ticks, ushort offsetCode = 0)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Write(ticks, offsetCode, buffer)]);
    }

    private static int WriteWallTime(long ticks, bool noFraction, Span<char> to)
    {
        var t = new DateTime(ticks, DateTimeKind.Unspecified);
        var n = 0;
        Put(to, ref n, t.Year, 4);
        to[n++] = '-';
        Put(to, ref n, t.Month, 2);
        to[n++] = '-';
        Put(to, ref n, t.Day, 2);
        to[n++] = 'T';
        Put(to, ref n, t.Hour, 2);
        to[n++] = ':';
        Put(to, ref n, t.Minute, 2);
        to[n++] = ':';
        Put(to, ref n, t.Second, 2);
        var fraction = (int)(ticks % TimeSpan.TicksPerSecond);
        if (noFraction && fraction == 0) return n;
        to[n++] = '.';
        if (fraction % TimeSpan.TicksPerMillisecond == 0) Put(to, ref n, fraction / (int)TimeSpan.TicksPerMillisecond, 3);
        else Put(to, ref n, fraction, 7);
        return n;
    }

    private static int WriteOffset(TimestampOffset offset, Span<char> to)
    {
        if (offset.Style == OffsetStyle.None) return 0;
        if (offset.Style == OffsetStyle.Zulu)
        {
            to[0] = 'Z';
            return 1;
        }
        var n = 0;
        to[n++] = offset.Minutes < 0 ? '-' : '+';
        var minutes = Math.Abs(offset.Minutes);
        Put(to, ref n, minutes / 60, 2);
        if (offset.Style == OffsetStyle.Hours && minutes % 60 == 0) return n;
        if (offset.Style != OffsetStyle.HoursMinutesCompact) to[n++] = ':';
        Put(to, ref n, minutes % 60, 2);
        return n;
    }

    private static void Put(Span<char> to, ref int n, int value, int digits)
    {
        for (var k = digits - 1; k >= 0; k--)
        {
            to[n + k] = (char)('0' + (value % 10));
            value /= 10;
        }
        n += digits;
    }
}
