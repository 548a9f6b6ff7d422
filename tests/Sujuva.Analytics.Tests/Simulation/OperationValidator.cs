using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

/// <summary>
/// Replays a simulated network's operations under the rules a domain would enforce, and lists
/// every breach: the web seeder relies on none of them being refused.
/// </summary>
internal sealed class OperationValidator
{
    private sealed class Case(string service, int stage)
    {
        public string Service { get; } = service;
        public int Stage { get; set; } = stage;
        public bool Closed { get; set; }
        public bool Blocked { get; set; }
        public DateTime Last { get; set; }
    }

    private readonly Dictionary<string, SimService> _services;
    private readonly HashSet<string> _actors;
    private readonly Dictionary<int, Case> _cases = [];
    private readonly Dictionary<int, (string ToService, bool Decided)> _referrals = [];
    private readonly Dictionary<(string, int), int> _occupancy = [];
    private readonly List<string> _errors = [];

    private OperationValidator(SimulatedNetwork network)
    {
        _services = network.Services.ToDictionary(s => s.Key);
        _actors = network.Workers.Select(w => w.Key).ToHashSet();
    }

    public static IReadOnlyList<string> Check(SimulatedNetwork network, DateTime startUtc, DateTime endUtc)
    {
        var validator = new OperationValidator(network);
        var previous = DateTime.MinValue;
        foreach (var operation in network.Operations)
        {
            if (operation.At < startUtc || operation.At >= endUtc) validator.Fail(operation, "outside the period");
            if (operation.At < previous) validator.Fail(operation, "list not in time order");
            if (!validator._actors.Contains(operation.ActorKey)) validator.Fail(operation, "unknown actor");
            previous = operation.At;
            validator.Apply(operation);
        }

        return validator._errors;
    }

    private void Apply(SimOperation operation)
    {
        switch (operation)
        {
            case OpenCase o: Open(o, o.CaseKey, o.ServiceKey, o.StageKey); break;
            case AcceptReferral a when Pending(a, a.ReferralKey) is { } to:
                _referrals[a.ReferralKey] = (to, true);
                Open(a, a.NewCaseKey, to, a.StageKey);
                break;
            case DeclineReferral d when Pending(d, d.ReferralKey) is { } to: _referrals[d.ReferralKey] = (to, true); break;
            case SendReferral s:
                if (Live(s, s.FromCaseKey) is null) break;
                if (!_services.ContainsKey(s.ToServiceKey)) Fail(s, "unknown service");
                if (!_referrals.TryAdd(s.ReferralKey, (s.ToServiceKey, false))) Fail(s, "referral key reused");
                break;
            case MoveCase m when Live(m, m.CaseKey) is { } c: Move(m, c); break;
            case BlockCase b when Live(b, b.CaseKey) is { } c:
                if (c.Blocked) Fail(b, "block of a blocked case");
                c.Blocked = true;
                break;
            case UnblockCase u when Find(u, u.CaseKey) is { } c:
                if (c.Closed || !c.Blocked) Fail(u, "unblock of a case that is not blocked");
                c.Blocked = false;
                break;
            case LogWork l when Live(l, l.CaseKey) is { } c:
                if (l.Minutes <= 0 || c.Blocked) Fail(l, "work logged with no minutes or while blocked");
                break;
            case CloseCase z when Live(z, z.CaseKey) is { } c:
                if (c.Blocked) Fail(z, "close of a blocked case");
                c.Closed = true;
                _occupancy[(c.Service, c.Stage)]--;
                break;
            case ReopenCase r when Find(r, r.CaseKey) is { } c:
                if (!c.Closed) Fail(r, "reopen of an open case");
                c.Closed = false;
                c.Stage = StageIndex(r, c.Service, r.StageKey);
                Enter(r, c.Service, c.Stage, null);
                break;
            default: break;
        }
    }

    private void Open(SimOperation at, int key, string service, string stageKey)
    {
        if (!_services.ContainsKey(service)) { Fail(at, "unknown service"); return; }
        var stage = StageIndex(at, service, stageKey);
        if (!_cases.TryAdd(key, new Case(service, stage) { Last = at.At })) Fail(at, "case key reused");
        Enter(at, service, stage, null);
    }

    private void Move(MoveCase m, Case c)
    {
        var target = StageIndex(m, c.Service, m.StageKey);
        if (Math.Abs(target - c.Stage) != 1) Fail(m, $"move {c.Stage} → {target} skips stages");
        if (c.Blocked) Fail(m, "move of a blocked case");
        Enter(m, c.Service, target, m.WipOverrideReason);
        _occupancy[(c.Service, c.Stage)]--;
        c.Stage = target;
    }

    private void Enter(SimOperation at, string service, int stage, string? overrideReason)
    {
        var count = _occupancy.GetValueOrDefault((service, stage));
        var full = _services[service].Stages[stage].WipLimit is int limit && count >= limit;
        if (full && overrideReason is null) Fail(at, "WIP limit exceeded without an override reason");
        if (!full && overrideReason is not null) Fail(at, "override reason on a stage with room");
        _occupancy[(service, stage)] = count + 1;
    }

    private int StageIndex(SimOperation at, string service, string stageKey)
    {
        var stages = _services[service].Stages;
        for (var i = 0; i < stages.Count; i++) if (stages[i].Key == stageKey) return i;
        Fail(at, $"stage {stageKey} is not in {service}");
        return 0;
    }

    private string? Pending(SimOperation at, int referral)
    {
        if (_referrals.TryGetValue(referral, out var r) && !r.Decided) return r.ToService;
        Fail(at, "decision on a referral that is not pending");
        return null;
    }

    private Case? Find(SimOperation at, int key)
    {
        if (!_cases.TryGetValue(key, out var c)) { Fail(at, "case not opened"); return null; }
        if (at.At < c.Last) Fail(at, "time went backwards");
        c.Last = at.At;
        return c;
    }

    private Case? Live(SimOperation at, int key)
    {
        var c = Find(at, key);
        if (c is { Closed: true }) Fail(at, "operation on a closed case");
        return c is { Closed: false } ? c : null;
    }

    private void Fail(SimOperation at, string what)
    {
        if (_errors.Count < 50) _errors.Add($"{at}: {what}");
    }
}
