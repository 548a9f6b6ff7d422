namespace Sujuva.Analytics.Charts;

/// <summary>
/// The two readings of one improvement chart (METRICS.md §11): Frozen carries the baseline's centre and limits across
/// every later phase, to detect a change; Phases gives each phase its own (qicharts2 `part`), once a change is accepted.
/// </summary>
public enum ImprovementChartView
{
    Frozen,
    Phases,
}
