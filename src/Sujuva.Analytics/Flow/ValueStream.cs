namespace Sujuva.Analytics.Flow;

/// <summary>
/// One step of a value stream map (METRICS.md §7, Martin &amp; Osterling), per visiting case:
/// LT = mean time in the stage, PT = mean effort logged while there, both in elapsed days;
/// %C&amp;A = 100 · (1 − rework / cases leaving), rework = moves back into the step and referrals
/// from it declined as incomplete.
/// </summary>
public sealed record ValueStreamStep(
    string Stage, int Cases, double LeadTimeDays, double ProcessTimeDays, int Leaving, int Rework, double PercentCompleteAccurate);

/// <summary>Totals: ΣLT, ΣPT, activity ratio = 100 · ΣPT / ΣLT (ratio of sums), rolled %C&amp;A = 100 · Π %C&amp;A_i / 100.</summary>
public sealed record ValueStream(
    IReadOnlyList<ValueStreamStep> Steps, double TotalLeadTimeDays, double TotalProcessTimeDays,
    double ActivityRatio, double RolledPercentCompleteAccurate)
{
    public static ValueStream Of(
        IReadOnlyList<CaseTimeline> cases, IReadOnlyList<string> stageOrder, IEnumerable<Handoff>? handoffs,
        DateTime asOf, string incompleteReason = "Incomplete")
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(stageOrder);
        var order = stageOrder.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var n = stageOrder.Count;
        var time = new double[n];
        var effort = new double[n];
        var visitors = new int[n];
        var leaving = new int[n];
        var rework = new int[n];
        var seen = new bool[n];
        foreach (var c in cases)
        {
            Array.Clear(seen);
            var previous = -1;
            foreach (var v in c.Visits)
            {
                if (v.In > asOf || !order.TryGetValue(v.Stage, out var i)) continue;
                var end = v.Out is { } o && o <= asOf ? o : (c.Closed is { } z && z <= asOf ? z : asOf);
                time[i] += DayCount.Elapsed(v.In, end);
                if (v.Out is { } left && left <= asOf) leaving[i]++;
                if (previous > i) rework[i]++;
                if (!seen[i]) { seen[i] = true; visitors[i]++; }
                previous = i;
            }

            foreach (var w in c.Work)
                if (w.At <= asOf && StageAt(c, w, order) is int i) effort[i] += w.Minutes / 1440.0;
        }

        foreach (var h in handoffs ?? [])
            if (h.IsDeclined && h.Decided <= asOf && string.Equals(h.DeclineReason, incompleteReason, StringComparison.OrdinalIgnoreCase)
                && h.FromStage is { } from && order.TryGetValue(from, out var i))
                rework[i]++;

        var steps = new ValueStreamStep[n];
        for (var i = 0; i < n; i++)
        {
            var ca = leaving[i] == 0 ? 100 : 100.0 * Math.Max(0, 1 - (double)rework[i] / leaving[i]);
            steps[i] = new(stageOrder[i], visitors[i], visitors[i] == 0 ? 0 : time[i] / visitors[i],
                visitors[i] == 0 ? 0 : effort[i] / visitors[i], leaving[i], rework[i], ca);
        }

        var lt = steps.Sum(s => s.LeadTimeDays);
        var pt = steps.Sum(s => s.ProcessTimeDays);
        return new ValueStream(steps, lt, pt, lt == 0 ? 0 : 100 * pt / lt,
            100 * steps.Aggregate(1.0, (p, s) => p * s.PercentCompleteAccurate / 100));
    }

    private static int? StageAt(CaseTimeline c, WorkEntry w, Dictionary<string, int> order)
    {
        if (w.Stage is { } named) return order.TryGetValue(named, out var i) ? i : null;
        for (var k = c.Visits.Count - 1; k >= 0; k--)
            if (c.Visits[k].In <= w.At) return order.TryGetValue(c.Visits[k].Stage, out var j) ? j : null;
        return null;
    }
}
