namespace Sujuva.Analytics.Charts;

/// <summary>
/// Signal rules (METRICS.md §4–5), each switchable. Default: Anhøj's runs rules plus the 3σ rule,
/// as in qicharts2. A point's flags say which rules it completes.
/// </summary>
[Flags]
public enum ChartRules
{
    None = 0,

    /// <summary>Longest run and crossings (runs analysis per part; flagged on the part, not a point).</summary>
    Anhoj = 1 << 0,

    /// <summary>A point outside the 3σ limits (qicharts2 sigma.signal).</summary>
    Sigma3 = 1 << 1,

    WesternElectric1 = 1 << 2, // one point beyond 3σ
    WesternElectric2 = 1 << 3, // two of three beyond 2σ, same side
    WesternElectric3 = 1 << 4, // four of five beyond 1σ, same side
    WesternElectric4 = 1 << 5, // eight in a row on one side
    Nelson1 = 1 << 6,          // one point beyond 3σ
    Nelson2 = 1 << 7,          // nine in a row on one side
    Nelson3 = 1 << 8,          // six in a row steadily increasing or decreasing
    Nelson4 = 1 << 9,          // fourteen in a row alternating up and down
    Nelson5 = 1 << 10,         // two of three beyond 2σ, same side
    Nelson6 = 1 << 11,         // four of five beyond 1σ, same side
    Nelson7 = 1 << 12,         // fifteen in a row within 1σ
    Nelson8 = 1 << 13,         // eight in a row none within 1σ, either side

    WesternElectric = WesternElectric1 | WesternElectric2 | WesternElectric3 | WesternElectric4,
    Nelson = Nelson1 | Nelson2 | Nelson3 | Nelson4 | Nelson5 | Nelson6 | Nelson7 | Nelson8,
    Default = Anhoj | Sigma3,
}
