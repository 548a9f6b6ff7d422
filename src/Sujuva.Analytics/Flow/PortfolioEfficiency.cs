namespace Sujuva.Analytics.Flow;

/// <summary>
/// Flow efficiency over many completed cases, both ways (METRICS.md §2), labelled:
/// TimeWeighted = Σ working / Σ lead time; MeanOfCases = mean of per-case efficiencies (ActionableAgile's figure).
/// </summary>
public sealed record PortfolioEfficiency(
    int Cases,
    double TimeWeightedByStages,
    double MeanOfCasesByStages,
    double TimeWeightedByEffort,
    double MeanOfCasesByEffort)
{
    public static PortfolioEfficiency Of(IEnumerable<CaseFlow> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        long lead = 0, working = 0, effort = 0;
        double sumStages = 0, sumEffort = 0;
        var n = 0;
        foreach (var c in cases)
        {
            if (!c.IsClosed) continue;
            n++;
            lead += c.LeadTime.Ticks;
            working += c.WorkingTime.Ticks;
            effort += c.Effort.Ticks;
            sumStages += c.FlowEfficiencyByStages;
            sumEffort += c.FlowEfficiencyByEffort;
        }

        return n == 0 || lead == 0
            ? new(n, 0, 0, 0, 0)
            : new(n, (double)working / lead, sumStages / n, (double)effort / lead, sumEffort / n);
    }
}
