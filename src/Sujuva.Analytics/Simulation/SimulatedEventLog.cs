using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Simulation;

/// <summary>
/// A simulated network as a case-centric event log, as the app would export it: one trace per case
/// ("case-N"), activity = the stage entered or what happened, org:resource = the worker,
/// org:group = the organisation, and the client only as "client-N".
/// </summary>
public static class SimulatedEventLog
{
    public static EventLog From(SimulatedNetwork network)
    {
        var services = network.Services.ToDictionary(s => s.Key);
        // Stage keys repeat across services (every board has its "saapunut"), so names are per service.
        var stageNames = network.Services
            .SelectMany(s => s.Stages.Select(st => (Key: (s.Key, st.Key), st.Name.En)))
            .ToDictionary(x => x.Key, x => x.En);
        var caseService = new Dictionary<int, SimService>();
        var caseClient = new Dictionary<int, int>();
        var referrals = new Dictionary<int, SendReferral>();
        var builder = new EventLogBuilder();

        void Add(int caseKey, string activity, SimOperation op)
        {
            var c = builder.CaseIndex($"case-{caseKey}");
            builder.Add(c, activity, op.At.Ticks, null, op.ActorKey, caseService[caseKey].OrganisationKey);
        }

        foreach (var op in network.Operations)
        {
            switch (op)
            {
                case OpenCase o:
                    caseService[o.CaseKey] = services[o.ServiceKey];
                    caseClient[o.CaseKey] = o.ClientKey;
                    Add(o.CaseKey, stageNames[(o.ServiceKey, o.StageKey)], o);
                    break;
                case MoveCase m: Add(m.CaseKey, stageNames[(caseService[m.CaseKey].Key, m.StageKey)], m); break;
                case ReopenCase r: Add(r.CaseKey, stageNames[(caseService[r.CaseKey].Key, r.StageKey)], r); break;
                case BlockCase b: Add(b.CaseKey, "Blocked", b); break;
                case UnblockCase u: Add(u.CaseKey, "Unblocked", u); break;
                case LogWork w: Add(w.CaseKey, "Work logged", w); break;
                case CloseCase z: Add(z.CaseKey, "Closed", z); break;
                case SendReferral s:
                    referrals[s.ReferralKey] = s;
                    Add(s.FromCaseKey, "Referral sent", s);
                    break;
                case AcceptReferral a:
                    var sent = referrals[a.ReferralKey];
                    caseService[a.NewCaseKey] = services[sent.ToServiceKey];
                    caseClient[a.NewCaseKey] = caseClient[sent.FromCaseKey];
                    Add(sent.FromCaseKey, "Referral accepted", a);
                    Add(a.NewCaseKey, stageNames[(sent.ToServiceKey, a.StageKey)], a);
                    break;
                case DeclineReferral d: Add(referrals[d.ReferralKey].FromCaseKey, "Referral declined", d); break;
            }
        }

        foreach (var (caseKey, service) in caseService)
        {
            var c = builder.CaseIndex($"case-{caseKey}");
            builder.SetCaseAttribute("service", c, new AttributeValue(AttributeKind.String, service.Name.En));
            builder.SetCaseAttribute("client", c, new AttributeValue(AttributeKind.String, $"client-{caseClient[caseKey]}"));
        }
        return builder.Build();
    }
}
