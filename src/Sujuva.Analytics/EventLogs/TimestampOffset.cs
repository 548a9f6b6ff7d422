namespace Sujuva.Analytics.EventLogs;

/// <summary>How a timestamp's UTC offset was written in the source, so that writers give the same text back.</summary>
public enum OffsetStyle : byte
{
    /// <summary>Nothing recorded (a log built in code): written as UTC, +00:00.</summary>
    Unrecorded = 0,

    /// <summary>No offset in the text: the wall time was read in the reader's zone and is written back bare.</summary>
    None = 1,

    /// <summary>Z</summary>
    Zulu = 2,

    /// <summary>+02:00</summary>
    HoursMinutes = 3,

    /// <summary>+0200</summary>
    HoursMinutesCompact = 4,

    /// <summary>+02</summary>
    Hours = 5,
}

/// <summary>
/// A timestamp's original UTC offset: minutes east of UTC (for <see cref="OffsetStyle.None"/>, the
/// zone offset the reader applied), its written style, and whether the seconds had no fraction
/// (2006-07-24T00:00:00+02:00, as road fines writes them). Stored as one ushort per event
/// (<see cref="Code"/>): offsets reach ±18:00, 12 bits; the style three, the fraction flag the top one.
/// </summary>
public readonly record struct TimestampOffset(int Minutes, OffsetStyle Style, bool NoFraction = false)
{
    private const int Bias = 2048;

    public ushort Code => Style == OffsetStyle.Unrecorded ? (ushort)0
        : (ushort)((NoFraction ? 1 << 15 : 0) | ((int)Style << 12) | (Minutes + Bias));

    public static TimestampOffset FromCode(ushort code) =>
        code == 0 ? default : new((code & 0xFFF) - Bias, (OffsetStyle)((code >> 12) & 7), (code >> 15) != 0);

    /// <summary>Whether the offset fits a code: ±34 hours, far beyond any real zone.</summary>
    public static bool Fits(int minutes) => minutes is > -Bias and < Bias;
}
