using System.Text.Json;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// An event's payload as it may leave the server (GET /api/events, the journey): for case and referral
/// events only the listed fields, with coded reasons reduced to their codes. Workers' free text can
/// name a client, and payloads stored before reasons were coded still hold it (a block's reason, a WIP
/// override reason, a referral's reason, a decline note), so they are dropped here, not trusted to be
/// absent. Network events (organisation, team, service and board names) are shown as stored.
/// </summary>
public static class EventPayloads
{
    private const string Reason = "reason";

    private static readonly Dictionary<string, string[]> Shown = new(StringComparer.Ordinal)
    {
        [EventTypes.ClientRegistered] = [],
        [EventTypes.CaseOpened] = ["referralId"],
        [EventTypes.CaseMoved] = ["fromStageId"],
        [EventTypes.CaseBlocked] = [],
        [EventTypes.CaseUnblocked] = [],
        [EventTypes.WorkLogged] = ["minutes"],
        [EventTypes.CaseClosed] = ["outcome"],
        [EventTypes.CaseReopened] = [],
        [EventTypes.CaseAssigned] = ["workerId", "previousWorkerId"],
        [EventTypes.ReferralSent] = ["referralId", "toServiceId", "toOrganisationId", "clientConsented"],
        [EventTypes.ReferralAccepted] = ["referralId", "toServiceId", "newCaseId"],
        [EventTypes.ReferralDeclined] = ["referralId", "toServiceId"],
    };

    /// <summary>The payload to show, as a JSON object.</summary>
    public static string Of(string type, string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!Shown.TryGetValue(type, out var fields)) return payload;
        using var doc = JsonDocument.Parse(payload);
        var p = doc.RootElement;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var name in fields)
                if (p.TryGetProperty(name, out var v)) { w.WritePropertyName(name); v.WriteTo(w); }
            switch (type)
            {
                case EventTypes.CaseBlocked or EventTypes.CaseUnblocked:
                    w.WriteString(Reason, BlockReasons.FromStored(Text(p, Reason)).ToString());
                    break;
                case EventTypes.CaseMoved when p.TryGetProperty("wipOverride", out _) || p.TryGetProperty("wipOverrideReason", out _):
                    w.WriteBoolean("wipOverride", true);
                    break;
                case EventTypes.ReferralDeclined:
                    w.WriteString(Reason, KnownEnumConversion.Read(Text(p, Reason), DeclineReason.Other).ToString());
                    break;
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Text(JsonElement p, string name) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() : null;
}
