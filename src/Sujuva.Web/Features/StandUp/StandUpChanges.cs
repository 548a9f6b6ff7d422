using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.StandUp;

/// <summary>What changed in the team's services since an instant: moves, openings, closings, blocks, assignments, pairs, referrals.</summary>
public static class StandUpChanges
{
    /// <summary>The event types a stand-up talks about; work logs are left out (they are effort, not flow).</summary>
    public static readonly string[] Kinds =
    [
        EventTypes.CaseOpened, EventTypes.CaseMoved, EventTypes.CaseClosed, EventTypes.CaseReopened,
        EventTypes.CaseBlocked, EventTypes.CaseUnblocked, EventTypes.CaseAssigned,
        EventTypes.CasePaired, EventTypes.CaseUnpaired, EventTypes.ReferralSent, EventTypes.ReferralAccepted, EventTypes.ReferralDeclined,
    ];

    public const string ReferralReceived = "ReferralReceived";

    /// <summary>At most this many changes, newest first: a day of a large team fits, a bulk import does not flood the wall screen.</summary>
    public const int Limit = 200;

    public static async Task<IReadOnlyList<StandUpChange>> LoadAsync(SujuvaDb db, TeamId team, List<ServiceId> services,
        IReadOnlyDictionary<ServiceId, string> serviceNames, DateTime since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kinds = Kinds.ToList();
        var events = await db.Events.AsNoTracking()
            .Where(e => e.At >= since && e.ServiceId != null && services.Contains(e.ServiceId.Value) && kinds.Contains(e.Type))
            .OrderByDescending(e => e.Id).Take(Limit).ToListAsync(ct);
        var stageIds = events.Where(e => e.StageId != null).Select(e => e.StageId!.Value).Distinct().ToList();
        var stages = await db.Stages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, LocalName.Of, ct);
        var changes = events.Select(e => new StandUpChange(e.At, e.Type, e.CaseId?.Value, e.ClientPseudonym,
            serviceNames.GetValueOrDefault(e.ServiceId!.Value, "?"),
            e.StageId is { } s ? stages.GetValueOrDefault(s) : null, Detail(e))).ToList();

        // A referral's events are on the sender's case, so ones sent to this team are read from the referrals.
        var received = await db.Referrals.AsNoTracking()
            .Where(r => r.ToTeamId == team && r.SentAt >= since && !services.Contains(r.FromServiceId))
            .Select(r => new { r.SentAt, r.ClientPseudonym, r.ToServiceId })
            .ToListAsync(ct);
        // Without the referral's reason: free text that may name the client, for those with need-to-know only.
        changes.AddRange(received.Select(r => new StandUpChange(r.SentAt, ReferralReceived, null, r.ClientPseudonym,
            serviceNames.GetValueOrDefault(r.ToServiceId, "?"), null, null)));
        return [.. changes.OrderByDescending(c => c.At).Take(Limit)];
    }

    /// <summary>The one detail worth reading aloud, as a code: a block's reason or a close's outcome.</summary>
    private static string? Detail(Event e) => e.Type switch
    {
        EventTypes.CaseBlocked => StoredPayload.Read<CaseBlocked>(e).Reason.ToString(),
        EventTypes.CaseClosed => StoredPayload.Read<CaseClosed>(e).Outcome.ToString(),
        _ => null,
    };
}
