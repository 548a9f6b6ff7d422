namespace Sujuva.Analytics.Simulation;

/// <summary>Touch time, blockers and the intake of the rehabilitative work activity.</summary>
internal sealed partial class SimulationEngine
{
    private void WorkTick(int key, int version)
    {
        var state = _cases[key];
        if (state.Closed || state.Ready || state.Version != version) return;
        if (!state.Blocked)
        {
            Emit(new LogWork(_now, state.Worker, key, Minutes()));
            // Pair work (seed 001): a colleague sometimes joins and logs the same session.
            if (_random.Chance(0.2))
            {
                var colleague = WorkerOf(state.Service);
                if (colleague != state.Worker) Emit(new LogWork(_now, colleague, key, Minutes()));
            }
        }

        ScheduleIn(_random.LogNormal(1.0, 0.6), new SimEvent(SimEventKind.WorkTick, key, version));
    }

    /// <summary>Minutes of a session or a piece of paperwork, in steps of five.</summary>
    private int Minutes() => 5 * Math.Clamp((int)Math.Round(_random.LogNormal(45, 0.6) / 5), 1, 48);

    private void Block(int key, int version)
    {
        var state = _cases[key];
        if (state.Closed || state.Ready || state.Blocked || state.Version != version) return;
        state.Blocked = true;
        var block = _random.Pick(_plans[state.Service].BlockReasons);
        Emit(new BlockCase(_now, state.Worker, key, block.Reason, block.Note));
        ScheduleIn(_random.LogNormal(7, 0.7), new SimEvent(SimEventKind.Unblock, key, version));
    }

    private void Unblock(int key)
    {
        var state = _cases[key];
        if (!state.Blocked || state.Closed) return;
        state.Blocked = false;
        Emit(new UnblockCase(_now, state.Worker, key));
        if (!state.DoneWhileBlocked) return;
        state.DoneWhileBlocked = false;
        ScheduleIn(_random.NextDouble(), new SimEvent(SimEventKind.StageDone, key, state.Version));
    }

    /// <summary>
    /// Starts into the intake-gated stage: individual intake visits Monday to Thursday before the improvement,
    /// a shared intake meeting on Tuesdays and Thursdays with more places after it.
    /// </summary>
    private void Intake(int service)
    {
        var plan = _plans[service];
        var intake = plan.Intake!;
        var target = Array.FindIndex(plan.Stages, s => s.AtIntakeOnly);
        var day = _hours.LocalDay(_now);
        var places = _now >= _options.ImprovementUtc
            ? day is DayOfWeek.Tuesday or DayOfWeek.Thursday ? intake.SlotsPerMeetingAfter : 0
            : day is DayOfWeek.Friday ? 0 : intake.SlotsPerDayBefore;
        var queue = _waiting[service][target];
        var lead = _leadByService[service];
        while (places > 0 && queue.Count > 0 && HasRoom(service, target))
        {
            var next = _cases[queue.Dequeue()];
            if (next.Closed || !next.Ready || next.Stage != target - 1) continue;
            Emit(new MoveCase(_now, lead, next.Key, plan.Stages[target].Stage.Key, null));
            EnterStage(next, target);
            Leave(service, target - 1);
            places--;
        }

        Schedule(_hours.At(_now.AddDays(1), 9), new SimEvent(SimEventKind.Intake, service, 0));
    }
}
