namespace Sujuva.Analytics.Writers;

/// <summary>
/// UTC ticks as ISO 8601 with an explicit +00:00: milliseconds when they suffice, else all seven
/// tick digits, so that every reader gets the same instant back. Written into a span, so that a
/// row allocates no string.
/// </summary>
internal static class TimestampFormat
{
    public const int MaxLength = 33;

    public static int Write(long ticks, Span<char> to)
    {
        var t = new DateTime(ticks, DateTimeKind.Utc);
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
        to[n++] = '.';
        var fraction = (int)(ticks % TimeSpan.TicksPerSecond);
        if (fraction % TimeSpan.TicksPerMillisecond == 0) Put(to, ref n, fraction / (int)TimeSpan.TicksPerMillisecond, 3);
        else Put(to, ref n, fraction, 7);
        "+00:00".CopyTo(to[n..]);
        return n + 6;
    }

    public static string Format(long ticks)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Write(ticks, buffer)]);
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
