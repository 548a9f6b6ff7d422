namespace Sujuva.Analytics.Simulation;

/// <summary>Finishing a case: refer onward (sent, accepted or declined, corrected and re-sent) or close.</summary>
internal sealed partial class SimulationEngine
{
    private const int MaxCasesPerClient = 4;

    private static readonly (SimDeclineReason Reason, double Weight)[] DeclineReasons =
    [
        (SimDeclineReason.Capacity, 0.25), (SimDeclineReason.NotEligible, 0.25), (SimDeclineReason.Incomplete, 0.3),
        (SimDeclineReason.ClientDeclined, 0.1), (SimDeclineReason.Other, 0.1),
    ];

    private void Finish(CaseState state)
    {
        var plan = _plans[state.Service];
        var roll = _random.NextDouble();
        foreach (var route in plan.Routes)
        {
            roll -= route.Chance;
            if (roll >= 0) continue;
            if (state.Depth + 1 < MaxCasesPerClient)
            {
                Send(state, _serviceIndex[route.ToServiceKey], route.Reason, corrected: false);
                return;
            }

            break;
        }

        Close(state, Weighted(plan.Outcomes));
    }

    private void Send(CaseState from, int toService, string reason, bool corrected)
    {
        var consented = corrected || !_random.Chance(0.03);
        var referral = new ReferralState(_referrals.Count, from.Key, toService, reason, corrected, consented);
        _referrals.Add(referral);
        Emit(new SendReferral(_now, from.Worker, referral.Key, from.Key, _plans[toService].Key, reason, consented));
        ScheduleIn(_random.LogNormal(1.5, 0.7), new SimEvent(SimEventKind.Decide, referral.Key, 0));
    }

    private void Decide(int key)
    {
        var referral = _referrals[key];
        var from = _cases[referral.FromCase];
        var lead = _leadByService[referral.ToService];
        var consented = referral.Consented;
        var declineChance = !consented ? 0.8 : referral.Corrected ? 0.03 : 0.12;
        if (!_random.Chance(declineChance))
        {
            var opened = NewCase(from.Client, referral.ToService, from.Depth + 1);
            Emit(new AcceptReferral(_now, lead, key, opened.Key, Stage(opened, 0).Key));
            EnterStage(opened, 0);
            Schedule(_hours.Snap(_now.AddMinutes(5 + _random.Next(120)), _random),
                new SimEvent(SimEventKind.Close, from.Key, from.Version, (int)SimOutcome.ReferredOnward));
            return;
        }

        var reason = !consented ? SimDeclineReason.ClientDeclined : Weighted(DeclineReasons);
        if (referral.Corrected && reason == SimDeclineReason.Incomplete) reason = SimDeclineReason.Other;
        Emit(new DeclineReferral(_now, lead, key, reason, reason == SimDeclineReason.Incomplete ? "Lähetteestä puuttuu ajantasainen työkykyarvio" : null));
        if (reason == SimDeclineReason.Incomplete && _random.Chance(0.7))
            ScheduleIn(_random.LogNormal(2, 0.5), new SimEvent(SimEventKind.Resend, key, 0));
        else
            ScheduleIn(_random.LogNormal(2, 0.5), new SimEvent(SimEventKind.Close, from.Key, from.Version,
                (int)(reason == SimDeclineReason.ClientDeclined ? SimOutcome.Withdrew : SimOutcome.Other)));
    }

    private void Resend(int key)
    {
        var referral = _referrals[key];
        var from = _cases[referral.FromCase];
        if (from.Closed) return;
        Send(from, referral.ToService, referral.Reason, corrected: true);
    }

    private void Close(CaseState state, SimOutcome outcome)
    {
        Emit(new CloseCase(_now, state.Worker, state.Key, outcome));
        state.Closed = true;
        state.Ready = false;
        state.Version++;
        Leave(state.Service, state.Stage);
        if (_random.Chance(0.02)) ScheduleIn(_random.LogNormal(20, 0.6), new SimEvent(SimEventKind.Reopen, state.Key, state.Version));
    }

    private void DelayedClose(int key, int version, SimOutcome outcome)
    {
        var state = _cases[key];
        if (!state.Closed && state.Version == version) Close(state, outcome);
    }

    private void Reopen(int key)
    {
        var state = _cases[key];
        if (!state.Closed) return;
        Emit(new ReopenCase(_now, state.Worker, state.Key, Stage(state, 0).Key));
        state.Closed = false;
        state.Reworked = false;
        EnterStage(state, 0);
    }
}
