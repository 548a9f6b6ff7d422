using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

public enum ReferralStatus
{
    Sent,
    Accepted,
    Declined,
}

public enum DeclineReason
{
    Capacity,
    NotEligible,
    Incomplete,
    ClientDeclined,
    Other,
}

/// <summary>A handoff of a client from a case in one service to another service: Sent → Accepted | Declined.</summary>
public sealed class Referral
{
    public ReferralId Id { get; private set; }
    public CaseId FromCaseId { get; private set; }
    public ServiceId FromServiceId { get; private set; }
    public TeamId FromTeamId { get; private set; }
    public ServiceId ToServiceId { get; private set; }
    public TeamId ToTeamId { get; private set; }
    public OrganisationId ToOrganisationId { get; private set; }
    public ClientId ClientId { get; private set; }
    public string ClientPseudonym { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public bool ClientConsented { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateTime SentAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }
    public string? DeclineNote { get; private set; }

    /// <summary>The case accepting opened in the receiving service.</summary>
    public CaseId? NewCaseId { get; private set; }

    /// <summary>The declined referral this one sends again (completed, after a decline as incomplete).</summary>
    public ReferralId? ResendOfId { get; private set; }

    public int Version { get; private set; }

    private Referral() { }

    /// <param name="resendOf">A declined referral from the same case that this one sends again, or null.</param>
    public static (Referral? Referral, Refusal? Refusal) Send(Case from, Service to, string? reason,
        bool clientConsented, UserId by, DateTime at, Referral? resendOf = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return (null, Refusal.Invalid("reason", "Referrals.ReasonMissing", "Say why the client is referred."));
        if (!from.IsOpen)
            return (null, Refusal.Rule("fromCaseId", "Cases.Closed", "Referrals are sent from open cases."));
        if (to.Id == from.ServiceId)
            return (null, Refusal.Rule("toServiceId", "Referrals.SameService", "Refer to another service."));
        if (to.ArchivedAt is not null)
            return (null, Refusal.Rule("toServiceId", "Services.Archived", "The service is archived."));
        if (resendOf is not null && (resendOf.Status != ReferralStatus.Declined || resendOf.FromCaseId != from.Id))
            return (null, Refusal.Rule("resendOf", "Referrals.ResendNotDeclined",
                "Only a declined referral of the same case can be sent again."));

        var r = new Referral
        {
            Id = new(Guid.CreateVersion7(at)), FromCaseId = from.Id, FromServiceId = from.ServiceId,
            FromTeamId = from.Service.TeamId, ToServiceId = to.Id, ToTeamId = to.TeamId,
            ToOrganisationId = to.OrganisationId, ClientId = from.ClientId, ClientPseudonym = from.ClientPseudonym,
            Reason = reason.Trim(), ClientConsented = clientConsented, Status = ReferralStatus.Sent, SentAt = at,
            Version = 1, ResendOfId = resendOf?.Id,
        };
        // Not the reason: free text that may name the client stays on the referral (ReferralTexts).
        from.RecordOnCase(new ReferralSent(r.Id.Value, to.Id.Value, to.OrganisationId.Value, clientConsented, resendOf?.Id.Value), by, at);
        return (r, null);
    }

    /// <summary>Accepting opens a case for the client in the receiving service.</summary>
    public (Case? Case, Refusal? Refusal) Accept(Case from, Client client, Service to, StageId? stageId,
        UserId by, DateTime at)
    {
        if (Status != ReferralStatus.Sent) return (null, AlreadyDecided());
        var (opened, refusal) = Case.Open(client, to, stageId, Id, by, at);
        if (opened is null) return (null, refusal);
        Status = ReferralStatus.Accepted;
        DecidedAt = at;
        NewCaseId = opened.Id;
        Version++;
        from.RecordOnCase(new ReferralAccepted(Id.Value, ToServiceId.Value, opened.Id.Value), by, at);
        return (opened, null);
    }

    public Refusal? Decline(Case from, DeclineReason reason, string? note, UserId by, DateTime at)
    {
        if (!Enum.IsDefined(reason))
            return Refusal.Invalid("reason", "Referrals.UnknownDeclineReason", "Unknown decline reason.");
        if (Status != ReferralStatus.Sent) return AlreadyDecided();
        Status = ReferralStatus.Declined;
        DecidedAt = at;
        DeclineReason = reason;
        DeclineNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Version++;
        // The coded reason only; the note is free text kept on the referral (ReferralTexts).
        from.RecordOnCase(new ReferralDeclined(Id.Value, ToServiceId.Value, reason), by, at);
        return null;
    }

    private static Refusal AlreadyDecided() =>
        Refusal.Rule("referralId", "Referrals.AlreadyDecided", "The referral has already been accepted or declined.");
}
