namespace Sujuva.Web.Features.Cases;

/// <summary>A case as the API shows it: the client only by pseudonym (and opaque id).</summary>
public sealed record CaseView(
    Guid Id, Guid ClientId, string ClientPseudonym, Guid ServiceId, Guid OrganisationId, Guid StageId,
    DateTime OpenedAt, DateTime EnteredStageAt, DateTime? ClosedAt, Outcome? Outcome,
    BlockReason? BlockedReason, DateTime? BlockedAt, Guid? FromReferralId, int Version, Guid? AssigneeId = null, Guid? PairId = null)
{
    public static CaseView From(Case c) => new(
        c.Id.Value, c.ClientId.Value, c.ClientPseudonym, c.ServiceId.Value, c.OrganisationId.Value, c.StageId.Value,
        c.OpenedAt, c.EnteredStageAt, c.ClosedAt, c.Outcome, c.BlockedReason, c.BlockedAt,
        c.FromReferralId?.Value, c.Version, c.AssigneeId?.Value, c.PairId?.Value);
}
