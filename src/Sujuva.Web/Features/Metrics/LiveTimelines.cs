using Sujuva.Analytics.Flow;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Reads the event log into the flow engine's inputs (METRICS.md §2), without a database: arrival is
/// the case opening (a referral's acceptance opens the receiving case at that instant), visits take
/// their kinds from the board stages, blocks their reasons, work logs their minutes. A referral is a
/// handoff from the sending case's organisation to the receiving service's, ending at the first
/// working-stage entry of the case its acceptance opened.
/// </summary>
public static class LiveTimelines
{
    public static LiveFlow From(IEnumerable<Event> events, IReadOnlyDictionary<StageId, StageInfo> stages)
    {
        var builder = new LiveFlowBuilder();
        builder.Apply(events, stages);
        return builder.Snapshot();
    }

    internal static void Apply(CaseTrail trail, Event e, IReadOnlyDictionary<StageId, StageInfo> stages,
        Dictionary<Guid, ReferralTrail> referrals)
    {
        // Only blocks, work logs and referrals read their payload; most events are moves.
        switch (e.Type)
        {
            case EventTypes.CaseOpened: trail.Open(e.At, StageOf(e, stages)); break;
            case EventTypes.CaseMoved: trail.Move(e.At, StageOf(e, stages)); break;
            // Blocked time by reason groups by code; a pre-code free-text reason counts as Other.
            case EventTypes.CaseBlocked: trail.Block(e.At, StoredPayload.Read<CaseBlocked>(e).Reason.ToString()); break;
            case EventTypes.CaseUnblocked: trail.Unblock(e.At); break;
            case EventTypes.WorkLogged: trail.Log(e.At, StoredPayload.Read<WorkLogged>(e).Minutes); break;
            case EventTypes.CaseClosed: trail.Close(e.At); break;
            case EventTypes.CaseReopened: trail.Reopen(e.At, StageOf(e, stages)); break;
            case EventTypes.ReferralSent:
                var sent = StoredPayload.Read<ReferralSent>(e);
                referrals[sent.ReferralId] = new ReferralTrail(trail.ServiceId, new ServiceId(sent.ToServiceId),
                    (e.OrganisationId?.Value ?? Guid.Empty).ToString(), sent.ToOrganisationId.ToString(), e.At, trail.CurrentStage)
                {
                    ClientPseudonym = e.ClientPseudonym,
                };
                break;
            case EventTypes.ReferralAccepted:
                var accepted = StoredPayload.Read<ReferralAccepted>(e);
                if (referrals.TryGetValue(accepted.ReferralId, out var a)) (a.Decided, a.NewCaseId) = (e.At, accepted.NewCaseId);
                break;
            // By code, as blocks: a decline stored before reasons were coded counts as Other.
            case EventTypes.ReferralDeclined:
                var declined = StoredPayload.Read<ReferralDeclined>(e);
                if (referrals.TryGetValue(declined.ReferralId, out var d)) (d.Decided, d.DeclineReason) = (e.At, declined.Reason.ToString());
                break;
        }
    }

    /// <summary>A stage no longer on the board still counts, as a waiting stage named by its id.</summary>
    private static StageInfo StageOf(Event e, IReadOnlyDictionary<StageId, StageInfo> stages) =>
        e.StageId is { } id && stages.TryGetValue(id, out var info) ? info
            : new StageInfo(e.StageId?.Value.ToString() ?? "", StageKind.Waiting);

    internal sealed class ReferralTrail(ServiceId from, ServiceId to, string fromOrganisation, string toOrganisation,
        DateTime sent, string? fromStage)
    {
        public DateTime? Decided { get; set; }
        public string? DeclineReason { get; set; }
        public Guid? NewCaseId { get; set; }
        public string? ClientPseudonym { get; init; }

        public LiveHandoff ToLiveHandoff(DateTime? firstWorking) => new(from, to,
            new Handoff(fromOrganisation, toOrganisation, sent, Decided, DeclineReason, DeclineReason is null ? firstWorking : null)
            { FromStage = fromStage })
        {
            ClientPseudonym = ClientPseudonym,
            ReceivingCaseId = NewCaseId,
        };
    }
}
