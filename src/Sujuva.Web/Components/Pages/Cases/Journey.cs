using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>
/// One step of a client's journey as the case page shows it. DetailKey names a text resource for a coded
/// value (a close outcome, a decline reason), BlockReason a block's reason (its name is the network's when
/// entered); either is shown after Detail in the reader's language.
/// </summary>
public sealed record JourneyStep(
    DateTime At, Guid CaseId, string Service, string Type, string? Stage, string? Detail, TimeSpan? Wait,
    string? DetailKey = null, BlockReason? BlockReason = null);

/// <summary>
/// Turns the event log of a client's visible cases into a readable journey: stage changes with
/// their names, blocks with their coded reasons, work in minutes, referrals with the handoff wait since sending.
/// </summary>
public static class Journey
{
    public sealed record EventRow(long Id, string Type, DateTime At, Guid? CaseId, Guid? ServiceId, Guid? StageId, string Payload);

    public static IReadOnlyList<JourneyStep> Build(IEnumerable<EventRow> events,
        IReadOnlyDictionary<Guid, string> serviceNames, IReadOnlyDictionary<Guid, string> stageNames)
    {
        var sent = new Dictionary<Guid, DateTime>();
        var steps = new List<JourneyStep>();
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            if (e.CaseId is not Guid caseId) continue;
            var service = e.ServiceId is Guid s && serviceNames.TryGetValue(s, out var name) ? name : "";
            var stage = e.StageId is Guid st && stageNames.TryGetValue(st, out var sn) ? sn : null;
            string? detail = null, detailKey = null;
            BlockReason? reason = null;
            TimeSpan? wait = null;
            // The records hold codes, never free text (stored before reasons were coded, it reads as Other).
            switch (StoredPayload.Read(e.Type, e.Payload))
            {
                case CaseMoved moved:
                    detailKey = moved.WipOverride ? "Journey.WipOverride" : null;
                    break;
                case CaseBlocked blocked:
                    reason = blocked.Reason;
                    break;
                case CaseUnblocked unblocked:
                    reason = unblocked.Reason ?? BlockReason.Other;
                    break;
                case WorkLogged logged:
                    detail = logged.Minutes.ToString(System.Globalization.CultureInfo.CurrentCulture);
                    break;
                case CaseClosed closed:
                    detailKey = $"Outcome.{closed.Outcome}";
                    break;
                case CaseReopened { Reason: { } why }:
                    detailKey = $"ReopenReason.{why}";
                    break;
                case SessionAttendanceMarked marked:
                    (detail, detailKey) = (SessionNumber(marked.Number), marked.Late ? "Attendance.CancelledLate" : $"Attendance.{marked.Attendance}");
                    break;
                case SessionCancelled cancelled:
                    (detail, detailKey) = (SessionNumber(cancelled.Number), $"SessionCancelReason.{cancelled.Reason}");
                    break;
                case SessionRescheduled moved:
                    detail = $"{SessionNumber(moved.Number)} → {LocalTime.Format(moved.NewStart)}";
                    break;
                case ReferralSent referral:
                    sent[referral.ReferralId] = e.At;
                    detail = NameOf(referral.ToServiceId, serviceNames);
                    break;
                case ReferralAccepted accepted:
                    (wait, detail) = (Wait(e.At, accepted.ReferralId, sent), NameOf(accepted.ToServiceId, serviceNames));
                    break;
                case ReferralDeclined declined:
                    (wait, detail) = (Wait(e.At, declined.ReferralId, sent), NameOf(declined.ToServiceId, serviceNames));
                    detailKey = $"Referrals.Reason.{declined.Reason}";
                    break;
            }
            steps.Add(new JourneyStep(e.At, caseId, service, e.Type, stage, detail, wait, detailKey, reason));
        }
        return steps;
    }

    /// <summary>"#3": which session of the programme.</summary>
    private static string SessionNumber(int number) => $"#{number}";

    /// <summary>The handoff wait: from sending to the decision, when the sending is in the journey.</summary>
    private static TimeSpan? Wait(DateTime decided, Guid referralId, Dictionary<Guid, DateTime> sent) =>
        sent.TryGetValue(referralId, out var at) ? decided - at : null;

    private static string NameOf(Guid serviceId, IReadOnlyDictionary<Guid, string> serviceNames) =>
        serviceNames.TryGetValue(serviceId, out var n) ? n : "";
}
