using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Who has each case in hand: a case gets an assignee when it first enters a working stage, so cases
/// still in the intake or a waiting queue stay unassigned. The assignee is the team's worker with the
/// fewest open assigned cases (ties broken by the seed), which spreads the load as a team lead would.
/// Only members of the team working the service are candidates, the same rule as AssignCase.
/// </summary>
public sealed partial class DemoReplay
{
    private readonly HashSet<StageId> _workingStages = [];
    private readonly Dictionary<TeamId, List<UserId>> _teamWorkers = [];
    private readonly Dictionary<UserId, int> _assignedOpen = [];
    private Random _assignRandom = new(0);
    private bool _assigning;

    private void PrepareAssignees(SimulatedNetwork network, int seed)
    {
        _assigning = true;
        _assignRandom = new Random(unchecked(seed * 31 + 7));
        foreach (var s in network.Services)
            foreach (var (stage, spec) in _services[s.Key].Stages.Zip(s.Stages))
                if (spec.Kind == SimStageKind.Working) _workingStages.Add(stage.Id);
        foreach (var team in network.Workers.GroupBy(w => w.TeamKey))
        {
            // Team leads take cases too, but only when the team has no workers (the development team has none).
            var workers = team.Where(w => w.Role == SimRole.Worker).ToList();
            _teamWorkers[_teams[team.Key].Id] = [.. (workers.Count > 0 ? workers : [.. team]).Select(w => _users[w.Key])];
        }
    }

    /// <summary>After an operation left the case in a working stage: assigns it if it has no assignee yet.</summary>
    private void AssignOnWork(Case c, UserId by, DateTime at)
    {
        if (!_assigning || !c.IsOpen || c.AssigneeId is not null || !_workingStages.Contains(c.StageId)) return;
        if (!_teamWorkers.TryGetValue(_services[ServiceKeyOf(c)].TeamId, out var team) || team.Count == 0) return;
        var least = team.Min(u => _assignedOpen.GetValueOrDefault(u));
        var candidates = team.Where(u => _assignedOpen.GetValueOrDefault(u) == least).ToList();
        var worker = candidates[_assignRandom.Next(candidates.Count)];
        if (c.AssignTo(worker, by, at) is { } refusal) Refusals.Add($"Assign {c.Id}: {refusal.Code}");
        else
        {
            _assignedOpen[worker] = least + 1;
            PairOnAssign(c, team, by, at);
        }
    }

    /// <summary>A closed case no longer weighs on its assignee; a reopened one keeps its assignee.</summary>
    private void ReleaseOnClose(Case c)
    {
        if (c.AssigneeId is { } worker) _assignedOpen[worker] = _assignedOpen.GetValueOrDefault(worker) - 1;
    }

    private void ReclaimOnReopen(Case c)
    {
        if (c.AssigneeId is { } worker) _assignedOpen[worker] = _assignedOpen.GetValueOrDefault(worker) + 1;
    }
}
