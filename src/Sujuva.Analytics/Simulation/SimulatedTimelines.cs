using System.Globalization;
using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Simulation;

/// <summary>
/// A simulated network's operations as flow-metric input: one timeline per case (keyed by the
/// case key, organisation = the service's organisation) and one handoff per referral. Two passes:
/// count, then fill exactly sized arrays, so millions of operations convert without list growth.
/// </summary>
public sealed record SimulatedTimelines(IReadOnlyList<CaseTimeline> Cases, IReadOnlyList<Handoff> Handoffs, IReadOnlyList<string> ServiceOfCase)
{
    public static SimulatedTimelines From(SimulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var services = network.Services.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var (caseCount, referralCount) = (0, 0);
        foreach (var o in network.Operations)
        {
            if (o is OpenCase oc) caseCount = Math.Max(caseCount, oc.CaseKey + 1);
            else if (o is AcceptReferral ac) caseCount = Math.Max(caseCount, ac.NewCaseKey + 1);
            else if (o is SendReferral sr) referralCount = Math.Max(referralCount, sr.ReferralKey + 1);
        }

        var sizes = new (int Visits, int Blocks, int Work)[caseCount];
        foreach (var o in network.Operations)
        {
            switch (o)
            {
                case OpenCase x: sizes[x.CaseKey].Visits++; break;
                case AcceptReferral x: sizes[x.NewCaseKey].Visits++; break;
                case MoveCase x: sizes[x.CaseKey].Visits++; break;
                case ReopenCase x: sizes[x.CaseKey].Visits++; break;
                case BlockCase x: sizes[x.CaseKey].Blocks++; break;
                case LogWork x: sizes[x.CaseKey].Work++; break;
                default: break;
            }
        }

        var cases = new Builder[caseCount];
        var referrals = new Referral[referralCount];
        foreach (var operation in network.Operations)
        {
            switch (operation)
            {
                case OpenCase o: cases[o.CaseKey] = new Builder(o.CaseKey, services[o.ServiceKey], o.At, sizes[o.CaseKey], o.StageKey); break;
                case SendReferral s:
                    referrals[s.ReferralKey] = new Referral(cases[s.FromCaseKey].Service, services[s.ToServiceKey], s.At, cases[s.FromCaseKey].Stage);
                    break;
                case AcceptReferral a:
                    var r = referrals[a.ReferralKey];
                    (r.Decided, r.Case) = (a.At, a.NewCaseKey);
                    cases[a.NewCaseKey] = new Builder(a.NewCaseKey, r.To, a.At, sizes[a.NewCaseKey], a.StageKey);
                    break;
                case DeclineReferral d: (referrals[d.ReferralKey].Decided, referrals[d.ReferralKey].Reason) = (d.At, d.Reason.ToString()); break;
                case MoveCase m: cases[m.CaseKey].Enter(m.StageKey, m.At); break;
                case BlockCase b: cases[b.CaseKey].Block(b.Reason.ToString(), b.At); break;
                case UnblockCase u: cases[u.CaseKey].Unblock(u.At); break;
                case LogWork l: cases[l.CaseKey].Log(l.Minutes, l.At); break;
                case CloseCase z: cases[z.CaseKey].Close(z.At); break;
                case ReopenCase re: cases[re.CaseKey].Enter(re.StageKey, re.At); break;
                default: break;
            }
        }

        var timelines = cases.Select(c => c.ToTimeline()).ToArray();
        var handoffs = referrals.Select(r => new Handoff(r.From.OrganisationKey, r.To.OrganisationKey, r.Sent, r.Decided, r.Reason,
            r.Case is int k ? Throughput.FirstWorkingAfter(timelines[k], r.Decided!.Value) : null) { FromStage = r.FromStage }).ToArray();
        return new SimulatedTimelines(timelines, handoffs, cases.Select(c => c.Service.Key).ToArray());
    }

    private sealed class Referral(SimService from, SimService to, DateTime sent, string fromStage)
    {
        public SimService From { get; } = from;
        public SimService To { get; } = to;
        public DateTime Sent { get; } = sent;
        public string FromStage { get; } = fromStage;
        public DateTime? Decided { get; set; }
        public string? Reason { get; set; }
        public int? Case { get; set; }
    }

    private sealed class Builder
    {
        private readonly int _key;
        private readonly DateTime _arrival;
        private readonly StageVisit[] _visits;
        private readonly BlockInterval[] _blocks;
        private readonly WorkEntry[] _work;
        private int _visitCount, _blockCount, _workCount;
        private DateTime? _closed;

        public Builder(int key, SimService service, DateTime arrival, (int Visits, int Blocks, int Work) size, string stage)
        {
            (_key, Service, _arrival) = (key, service, arrival);
            (_visits, _blocks, _work) = (new StageVisit[size.Visits], new BlockInterval[size.Blocks], new WorkEntry[size.Work]);
            Enter(stage, arrival);
        }

        public SimService Service { get; }

        public string Stage => _visits[_visitCount - 1].Stage;

        public void Enter(string stage, DateTime at)
        {
            End(at);
            _closed = null;
            var kind = Service.Stages.First(s => s.Key == stage).Kind == SimStageKind.Working ? StageKind.Working : StageKind.Waiting;
            _visits[_visitCount++] = new StageVisit(stage, kind, at, null);
        }

        public void Block(string reason, DateTime at) => _blocks[_blockCount++] = new BlockInterval(reason, at, null);

        public void Unblock(DateTime at) => _blocks[_blockCount - 1] = _blocks[_blockCount - 1] with { To = at };

        public void Log(int minutes, DateTime at) => _work[_workCount++] = new WorkEntry(at, minutes, Stage);

        public void Close(DateTime at)
        {
            _closed = at;
            End(at);
        }

        private void End(DateTime at)
        {
            if (_visitCount > 0 && _visits[_visitCount - 1].Out is null) _visits[_visitCount - 1] = _visits[_visitCount - 1] with { Out = at };
        }

        public CaseTimeline ToTimeline() =>
            new(_key.ToString(CultureInfo.InvariantCulture), Service.OrganisationKey, _arrival, _closed, _visits, _blocks, _work);
    }
}
