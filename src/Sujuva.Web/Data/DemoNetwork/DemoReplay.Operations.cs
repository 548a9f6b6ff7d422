using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;
using SimLogWork = Sujuva.Analytics.Simulation.LogWork;
using SimMove = Sujuva.Analytics.Simulation.MoveCase;
using SimOpen = Sujuva.Analytics.Simulation.OpenCase;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>One simulated operation through the entity's own rule; a refusal is kept, not hidden.</summary>
public sealed partial class DemoReplay
{
    private void Apply(SimOperation op)
    {
        var by = _users[op.ActorKey];
        var refusal = op switch
        {
            SimOpen o => Open(o, by),
            SimMove m => Move(m, by),
            Analytics.Simulation.BlockCase b => Keep(_cases[b.CaseKey]).Block((BlockReason)(int)b.Reason, b.Note, by, b.At),
            UnblockCase u => Keep(_cases[u.CaseKey]).Unblock(by, u.At),
            SimLogWork w => Work(w, by),
            Analytics.Simulation.CloseCase c => Close(c, by),
            Analytics.Simulation.ReopenCase r => Reopen(r, by),
            Analytics.Simulation.SendReferral s => Send(s, by),
            Analytics.Simulation.AcceptReferral a => Accept(a, by),
            Analytics.Simulation.DeclineReferral d => Decline(d, by),
            _ => Refusal.Invalid("operation", "Demo.UnknownOperation", op.GetType().Name),
        };
        if (refusal is not null) Refusals.Add($"{op}: {refusal.Code}");
        Collect();
    }

    private readonly Dictionary<int, int> _referralFrom = [];
    private readonly Dictionary<int, int> _referralClient = [];
    private readonly Dictionary<int, int> _caseClients = [];
    private readonly Dictionary<ServiceId, string> _serviceKeys = [];

    private Refusal? Open(SimOpen o, UserId by)
    {
        var (opened, refusal) = Case.Open(_clients[o.ClientKey], _services[o.ServiceKey],
            _stages[(o.ServiceKey, o.StageKey)], null, by, o.At);
        if (opened is null) return refusal;
        Keep(_cases[o.CaseKey] = opened);
        _caseClients[o.CaseKey] = o.ClientKey;
        Count(opened.StageId, +1);
        AssignOnWork(opened, by, o.At);
        return null;
    }

    private Refusal? Move(SimMove m, UserId by)
    {
        var c = Keep(_cases[m.CaseKey]);
        var from = c.StageId;
        var target = _stages[(ServiceKeyOf(c), m.StageKey)];
        var refusal = c.MoveTo(target, _openInStage.GetValueOrDefault(target), m.WipOverrideReason, by, m.At);
        if (refusal is not null) return refusal;
        Count(from, -1).Count(target, +1);
        AssignOnWork(c, by, m.At);
        UnpairOffWork(c, by, m.At);
        EnrolOnProgrammeStage(c, m.CaseKey, m.At);
        return null;
    }

    private Refusal? Work(SimLogWork w, UserId by)
    {
        var c = Keep(_cases[w.CaseKey]);
        var refusal = c.RecordWork(w.Minutes, by, w.At);
        if (refusal is null) WorkLogs.Add(new WorkLog(c.Id, by, w.Minutes, w.At));
        return refusal;
    }

    private Refusal? Close(Analytics.Simulation.CloseCase x, UserId by)
    {
        var c = Keep(_cases[x.CaseKey]);
        var refusal = c.Close((Outcome)(int)x.Outcome, by, x.At);
        if (refusal is not null) return refusal;
        Count(c.StageId, -1);
        ReleaseOnClose(c);
        IssueFeedbackOnClose(c);
        return null;
    }

    private Refusal? Reopen(Analytics.Simulation.ReopenCase r, UserId by)
    {
        var c = Keep(_cases[r.CaseKey]);
        var refusal = c.Reopen(ReopenReason.NeedReturned, null, _stages[(ServiceKeyOf(c), r.StageKey)], by, r.At);
        if (refusal is not null) return refusal;
        Count(c.StageId, +1);
        ReclaimOnReopen(c);
        AssignOnWork(c, by, r.At);
        return null;
    }

    private Refusal? Send(Analytics.Simulation.SendReferral s, UserId by)
    {
        var from = Keep(_cases[s.FromCaseKey]);
        var (referral, refusal) = Referral.Send(from, _services[s.ToServiceKey], s.Reason, s.ClientConsented, by, s.At);
        if (referral is null) return refusal;
        _referrals[s.ReferralKey] = referral;
        _referralFrom[s.ReferralKey] = s.FromCaseKey;
        _referralClient[s.ReferralKey] = _caseClients[s.FromCaseKey];
        return null;
    }

    private Refusal? Accept(Analytics.Simulation.AcceptReferral a, UserId by)
    {
        var referral = _referrals[a.ReferralKey];
        var from = Keep(_cases[_referralFrom[a.ReferralKey]]);
        var client = _clients[_referralClient[a.ReferralKey]];
        var to = _services[_serviceKeys[referral.ToServiceId]];
        var stage = _stages[(_serviceKeys[to.Id], a.StageKey)];
        var (opened, refusal) = referral.Accept(from, client, to, stage, by, a.At);
        if (opened is null) return refusal;
        Keep(_cases[a.NewCaseKey] = opened);
        _caseClients[a.NewCaseKey] = _referralClient[a.ReferralKey];
        Count(opened.StageId, +1);
        AssignOnWork(opened, by, a.At);
        return null;
    }

    private Refusal? Decline(Analytics.Simulation.DeclineReferral d, UserId by)
    {
        var referral = _referrals[d.ReferralKey];
        var refusal = referral.Decline(Keep(_cases[_referralFrom[d.ReferralKey]]), (DeclineReason)(int)d.Reason, d.Note, by, d.At);
        if (refusal is null) IssueFeedbackOnDecline(referral);
        return refusal;
    }

    private string ServiceKeyOf(Case c) => _serviceKeys[c.ServiceId];

    private DemoReplay Count(StageId stage, int delta)
    {
        _openInStage[stage] = _openInStage.GetValueOrDefault(stage) + delta;
        return this;
    }
}
