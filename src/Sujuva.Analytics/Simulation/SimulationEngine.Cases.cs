namespace Sujuva.Analytics.Simulation;

/// <summary>A case's way through its service's board: enter, work, finish, move on or wait for room.</summary>
internal sealed partial class SimulationEngine
{
    private static readonly (string Service, double Weight)[] Entries =
    [
        (DemoServices.KuusijarviJobCoaching, 0.28), (DemoServices.KuusijarviRemoteCoaching, 0.09),
        (DemoServices.VaaramaaJobCoaching, 0.18), (DemoServices.FamilySocialWork, 0.18), (DemoServices.AdultSocialWork, 0.27),
    ];

    private const string OverrideReason = "Kiireellinen tilanne: asiakkaan tilanne heikentynyt, tiimi sopi poikkeuksesta";

    private void Arrive(int client)
    {
        var state = NewCase(client, _serviceIndex[Weighted(Entries)], depth: 0);
        Emit(new OpenCase(_now, state.Worker, state.Key, client, _plans[state.Service].Key, Stage(state, 0).Key));
        EnterStage(state, 0);
    }

    private CaseState NewCase(int client, int service, int depth)
    {
        var state = new CaseState(_cases.Count, client, service, depth, WorkerOf(service));
        _cases.Add(state);
        return state;
    }

    private SimStage Stage(CaseState state, int stage) => _plans[state.Service].Stages[stage].Stage;

    private void EnterStage(CaseState state, int stage)
    {
        var plan = _plans[state.Service].Stages[stage];
        state.Stage = stage;
        state.Version++;
        state.Ready = false;
        _occupancy[state.Service][stage]++;
        var days = _random.LogNormal(plan.MedianDays, 0.5) * PairWorkFactor(state, plan.Stage);
        ScheduleIn(days, new SimEvent(SimEventKind.StageDone, state.Key, state.Version));
        if (plan.Stage.Kind != SimStageKind.Working) return;
        ScheduleIn(_random.NextDouble(), new SimEvent(SimEventKind.WorkTick, state.Key, state.Version));
        if (_random.Chance(plan.BlockChance))
            ScheduleIn(_random.NextDouble() * days, new SimEvent(SimEventKind.Block, state.Key, state.Version));
    }

    /// <summary>Working in pairs, family social work gets a working stage done in less than half the time (seed 001: "to a third").</summary>
    private double PairWorkFactor(CaseState state, SimStage stage) =>
        stage.Kind == SimStageKind.Working && _now >= _options.PairWorkUtc
        && _plans[state.Service].Key == DemoServices.FamilySocialWork ? PairWorkDuration : 1;

    private void StageDone(int key, int version)
    {
        var state = _cases[key];
        if (state.Closed || state.Version != version) return;
        if (state.Blocked)
        {
            state.DoneWhileBlocked = true;
            return;
        }

        state.Ready = true;
        var stages = _plans[state.Service].Stages;
        if (state.Stage == stages.Length - 1) Finish(state);
        else if (state.Stage > 1 && !state.Reworked && stages[state.Stage].Stage.Kind == SimStageKind.Working
                 && stages[state.Stage - 1].Stage.Kind == SimStageKind.Working && HasRoom(state.Service, state.Stage - 1)
                 && _random.Chance(0.04))
        {
            // Rework: sent back a step because something was missing (counts against %C&A).
            state.Reworked = true;
            Move(state, state.Stage - 1, null);
        }
        else if (_random.Chance(0.015)) Close(state, SimOutcome.Withdrew);
        else TryMove(state, state.Stage + 1);
    }

    private bool HasRoom(int service, int stage) =>
        _plans[service].Stages[stage].Stage.WipLimit is not int limit || _occupancy[service][stage] < limit;

    private void TryMove(CaseState state, int target)
    {
        if (_plans[state.Service].Stages[target].AtIntakeOnly) _waiting[state.Service][target].Enqueue(state.Key);
        else if (HasRoom(state.Service, target)) Move(state, target, null);
        else if (_random.Chance(0.01)) Move(state, target, OverrideReason);
        else
        {
            state.QueuedSince = _now;
            _waiting[state.Service][target].Enqueue(state.Key);
        }
    }

    private void Move(CaseState state, int target, string? overrideReason)
    {
        Emit(new MoveCase(_now, state.Worker, state.Key, Stage(state, target).Key, overrideReason));
        var from = state.Stage;
        EnterStage(state, target);
        Leave(state.Service, from);
    }

    /// <summary>Frees a place in a stage and pulls the longest-waiting case into it.</summary>
    private void Leave(int service, int stage)
    {
        _occupancy[service][stage]--;
        var queue = _waiting[service][stage];
        if (_plans[service].Stages[stage].AtIntakeOnly) return;
        while (queue.Count > 0 && HasRoom(service, stage))
        {
            var next = _cases[queue.Dequeue()];
            if (!next.Closed && next.Ready && next.Stage == stage - 1) Move(next, stage, null);
        }
    }
}
