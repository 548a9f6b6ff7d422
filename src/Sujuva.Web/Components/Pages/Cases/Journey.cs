using System.Text.Json;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>
/// One step of a client's journey as the case page shows it. DetailKey names a text resource for a coded
/// value (a close outcome, a decline reason), shown after Detail in the reader's language.
/// </summary>
public sealed record JourneyStep(
    DateTime At, Guid CaseId, string Service, string Type, string? Stage, string? Detail, TimeSpan? Wait,
    string? DetailKey = null);

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
            // As the event log shows it: codes, never free text (stored before reasons were coded).
            using var payload = JsonDocument.Parse(EventPayloads.Of(e.Type, e.Payload));
            var p = payload.RootElement;
            var service = e.ServiceId is Guid s && serviceNames.TryGetValue(s, out var name) ? name : "";
            var stage = e.StageId is Guid st && stageNames.TryGetValue(st, out var sn) ? sn : null;
            string? detail = null, detailKey = null;
            TimeSpan? wait = null;
            switch (e.Type)
            {
                case EventTypes.CaseMoved:
                    detailKey = p.TryGetProperty("wipOverride", out _) ? "Journey.WipOverride" : null;
                    break;
                case EventTypes.CaseBlocked:
                case EventTypes.CaseUnblocked:
                    detailKey = $"BlockReason.{BlockReasons.FromStored(Text(p, "reason"))}";
                    break;
                case EventTypes.WorkLogged:
                    detail = p.TryGetProperty("minutes", out var m) ? m.GetInt32().ToString(System.Globalization.CultureInfo.CurrentCulture) : null;
                    break;
                case EventTypes.CaseClosed:
                    detailKey = Text(p, "outcome") is { } outcome ? $"Outcome.{outcome}" : null;
                    break;
                case EventTypes.ReferralSent:
                    if (Guid(p, "referralId") is Guid sentId) sent[sentId] = e.At;
                    detail = Target(p, serviceNames);
                    break;
                case EventTypes.ReferralAccepted:
                case EventTypes.ReferralDeclined:
                    if (Guid(p, "referralId") is Guid decided && sent.TryGetValue(decided, out var at)) wait = e.At - at;
                    detail = Target(p, serviceNames);
                    detailKey = Text(p, "reason") is { } why ? $"Referrals.Reason.{why}" : null;
                    break;
            }
            steps.Add(new JourneyStep(e.At, caseId, service, e.Type, stage, detail, wait, detailKey));
        }
        return steps;
    }

    private static string? Text(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Guid? Guid(JsonElement p, string key) =>
        p.TryGetProperty(key, out var v) && v.TryGetGuid(out var g) ? g : null;

    private static string Target(JsonElement p, IReadOnlyDictionary<Guid, string> serviceNames) =>
        Guid(p, "toServiceId") is Guid to && serviceNames.TryGetValue(to, out var n) ? n : "";
}
