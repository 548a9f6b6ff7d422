using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Simulation;

/// <summary>
/// A simulated network's operations as flow-metric input: one timeline per case (keyed by the
/// case key, organisation = the service's organisation) and one handoff per referral.
/// </summary>
public sealed record SimulatedTimelines(IReadOnlyList<CaseTimeline> Cases, IReadOnlyList<Handoff> Handoffs, IReadOnlyList<string> ServiceOfCase)
{
    public static SimulatedTimelines From(SimulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var services = network.Services.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var cases = new List<Builder>();
        var referrals = new List<(SimService From, SimService To, DateTime Sent, string? Stage, DateTime? Decided, string? Reason, int? Case)>();
        foreach (var operation in network.Operations)
        {
            switch (operation)
            {
                case OpenCase o: Open(cases, o.CaseKey, services[o.ServiceKey], o.StageKey, o.At); break;
                case AcceptReferral a:
                    var r = referrals[a.ReferralKey];
                    referrals[a.ReferralKey] = r with { Decided = a.At, Case = a.NewCaseKey };
                    Open(cases, a.NewCaseKey, r.To, a.StageKey, a.At);
                    break;
                case DeclineReferral d:
                    referrals[d.ReferralKey] = referrals[d.ReferralKey] with { Decided = d.At, Reason = d.Reason.ToString() };
                    break;
                case SendReferral s:
                    var from = cases[s.FromCaseKey];
                    while (referrals.Count <= s.ReferralKey) referrals.Add(default);
                    referrals[s.ReferralKey] = (from.Service, services[s.ToServiceKey], s.At, from.Visits[^1].Stage, null, null, null);
                    break;
                case MoveCase m: cases[m.CaseKey].Enter(m.StageKey, m.At); break;
                case BlockCase b: cases[b.CaseKey].Blocks.Add(new BlockInterval(b.Reason, b.At, null)); break;
                case UnblockCase u: cases[u.CaseKey].Unblock(u.At); break;
                case LogWork l: cases[l.CaseKey].Work.Add(new WorkEntry(l.At, l.Minutes, cases[l.CaseKey].Visits[^1].Stage)); break;
                case CloseCase z: cases[z.CaseKey].Close(z.At); break;
                case ReopenCase re: cases[re.CaseKey].Closed = null; cases[re.CaseKey].Enter(re.StageKey, re.At); break;
                default: break;
            }
        }

        var timelines = cases.Select(c => c.ToTimeline()).ToArray();
        var handoffs = referrals.Select(r => new Handoff(r.From.OrganisationKey, r.To.OrganisationKey, r.Sent, r.Decided, r.Reason,
            r.Case is int k ? Throughput.FirstWorkingAfter(timelines[k], r.Decided!.Value) : null) { FromStage = r.Stage }).ToArray();
        return new SimulatedTimelines(timelines, handoffs, cases.Select(c => c.Service.Key).ToArray());
    }

    private static void Open(List<Builder> cases, int key, SimService service, string stage, DateTime at)
    {
        while (cases.Count <= key) cases.Add(null!);
        cases[key] = new Builder(key, service, at);
        cases[key].Enter(stage, at);
    }

    private sealed class Builder(int key, SimService service, DateTime arrival)
    {
        public SimService Service { get; } = service;
        public List<StageVisit> Visits { get; } = [];
        public List<BlockInterval> Blocks { get; } = [];
        public List<WorkEntry> Work { get; } = [];
        public DateTime? Closed { get; set; }

        public void Enter(string stage, DateTime at)
        {
            End(at);
            var kind = Service.Stages.First(s => s.Key == stage).Kind == SimStageKind.Working ? StageKind.Working : StageKind.Waiting;
            Visits.Add(new StageVisit(stage, kind, at, null));
        }

        public void Unblock(DateTime at) => Blocks[^1] = Blocks[^1] with { To = at };

        public void Close(DateTime at)
        {
            Closed = at;
            End(at);
        }

        private void End(DateTime at)
        {
            if (Visits.Count > 0 && Visits[^1].Out is null) Visits[^1] = Visits[^1] with { Out = at };
        }

        public CaseTimeline ToTimeline() =>
            new(key.ToString(System.Globalization.CultureInfo.InvariantCulture), Service.OrganisationKey, arrival, Closed, Visits, Blocks, Work);
    }
}
