namespace Sujuva.Analytics.Flow;

/// <summary>A referral still waiting for a decision, or accepted but not yet started, with its age.</summary>
public sealed record PendingHandoff(DateTime Sent, bool Accepted, double AgeDays);

/// <summary>
/// Handoff wait for one pair of organisations (METRICS.md §2): referral sent → first working-stage
/// entry in the receiving case, in elapsed days, flow-rule percentiles. Declined referrals leave
/// the distribution and are counted by reason; pending ones show their age.
/// </summary>
public sealed record HandoffWait(
    string FromOrganisation,
    string ToOrganisation,
    int Started,
    double? MedianDays,
    double? P85Days,
    int Declined,
    IReadOnlyDictionary<string, int> DeclinedByReason,
    IReadOnlyList<PendingHandoff> Pending)
{
    public static IReadOnlyList<HandoffWait> PerPair(IEnumerable<Handoff> handoffs, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        return handoffs
            .Where(h => h.Sent <= asOf)
            .GroupBy(h => (h.FromOrganisation, h.ToOrganisation))
            .Select(g => Of(g.Key.FromOrganisation, g.Key.ToOrganisation, g.ToList(), asOf))
            .OrderByDescending(w => w.MedianDays ?? -1)
            .ThenBy(w => w.FromOrganisation, StringComparer.Ordinal)
            .ThenBy(w => w.ToOrganisation, StringComparer.Ordinal)
            .ToArray();
    }

    private static HandoffWait Of(string from, string to, List<Handoff> pair, DateTime asOf)
    {
        var waits = new List<double>();
        var declined = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<PendingHandoff>();
        foreach (var h in pair)
        {
            if (h.Decided is not { } decided || decided > asOf) pending.Add(new(h.Sent, false, DayCount.Elapsed(h.Sent, asOf)));
            else if (h.DeclineReason is { } reason) declined[reason] = declined.GetValueOrDefault(reason) + 1;
            else if (h.FirstWorkingInReceivingCase is { } started && started <= asOf) waits.Add(DayCount.Elapsed(h.Sent, started));
            else pending.Add(new(h.Sent, true, DayCount.Elapsed(h.Sent, asOf)));
        }

        waits.Sort();
        return new HandoffWait(from, to, waits.Count,
            waits.Count == 0 ? null : Percentiles.Flow(waits, 0.5), waits.Count == 0 ? null : Percentiles.Flow(waits, 0.85),
            declined.Values.Sum(), declined, pending);
    }
}
