using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Tests.Flow;

/// <summary>Hand-made timelines whose figures can be checked on paper.</summary>
internal static class Cases
{
    /// <summary>Monday 6 January 2025, 08:00 UTC (10:00 in Helsinki).</summary>
    public static readonly DateTime T0 = new(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc);

    public static DateTime T(double days) => T0.AddDays(days);

    /// <summary>
    /// Arrived → waiting 0–2 d, working 2–5 d, waiting 5–6 d, working 6–8 d, closed at 8 d;
    /// blocked 1–3 d ("asunto") and 7–7.5 d ("lausunto"); 120 + 60 minutes of work.
    /// </summary>
    public static CaseTimeline Worked(string id = "c1", bool closed = true) => new(
        id, "kuusijarvi", T(0), closed ? T(8) : null,
        [
            new("saapunut", StageKind.Waiting, T(0), T(2)),
            new("tyo", StageKind.Working, T(2), T(5)),
            new("odottaa", StageKind.Waiting, T(5), T(6)),
            new("tyo", StageKind.Working, T(6), closed ? T(8) : null),
        ],
        [new("asunto", T(1), T(3)), new("lausunto", T(7), T(7.5))],
        [new(T(2.1), 120, "tyo"), new(T(6.5), 60, null)]);

    public static CaseTimeline Simple(string id, double arrive, double? close, double? startWork = null) => new(
        id, null, T(arrive), close is { } z ? T(z) : null,
        startWork is { } s
            ? [new("jono", StageKind.Waiting, T(arrive), T(s)), new("tyo", StageKind.Working, T(s), close is { } c ? T(c) : null)]
            : [new("jono", StageKind.Waiting, T(arrive), close is { } c2 ? T(c2) : null)],
        [], []);
}
