using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Pair work, as Helsinki's family social work team tried it (../shared/seeds): from the pair-work experiment's
/// change date (DemoExtras.PairWorkUtc, when the simulation's family cases start needing less work) most family
/// social work cases get a second worker of the team when they are first assigned, and the pair steps back when
/// the case leaves the working stages for a queue. Drawn from its own seeded random, so the assignees are the
/// same as without pairs.
/// </summary>
public sealed partial class DemoReplay
{
    private const double PairShare = 0.8;
    private Random _pairRandom = new(0);
    private DateTime _pairWorkUtc = DateTime.MaxValue;

    private void PreparePairs(int seed, DateTime pairWorkUtc)
    {
        _pairRandom = new Random(unchecked(seed * 37 + 11));
        _pairWorkUtc = pairWorkUtc;
    }

    /// <summary>Right after the first assignment: maybe a pair, the team's other worker with the fewest open cases.</summary>
    private void PairOnAssign(Case c, IReadOnlyList<UserId> team, UserId by, DateTime at)
    {
        if (ServiceKeyOf(c) != DemoServices.FamilySocialWork || c.AssigneeId is not { } assignee || at < _pairWorkUtc) return;
        if (_pairRandom.NextDouble() >= PairShare) return;
        var others = team.Where(u => u != assignee).OrderBy(u => _assignedOpen.GetValueOrDefault(u)).ToList();
        if (others.Count == 0) return;
        if (c.PairWith(others[_pairRandom.Next(Math.Min(2, others.Count))], by, at) is { } refusal)
            Refusals.Add($"Pair {c.Id}: {refusal.Code}");
    }

    /// <summary>After a move: an open case back in a queue gives its pair back.</summary>
    private void UnpairOffWork(Case c, UserId by, DateTime at)
    {
        if (!_assigning || c.PairId is null || !c.IsOpen || _workingStages.Contains(c.StageId)) return;
        if (c.PairWith(null, by, at) is { } refusal) Refusals.Add($"Unpair {c.Id}: {refusal.Code}");
    }
}
