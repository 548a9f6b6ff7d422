using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Features.StandUp;

/// <summary>One stage's open cases against its WIP limit.</summary>
public sealed record StageWip(Guid StageId, string Name, StageKind Kind, int Count, int? WipLimit)
{
    public bool IsOver => WipLimit is int limit && Count > limit;
}

public sealed record ServiceWip(Guid ServiceId, string Name, IReadOnlyList<StageWip> Stages);

/// <summary>An open case as the stand-up lists it; Days is what the list is about (blocked, aged, still).</summary>
public sealed record StandUpCase(Guid CaseId, string ClientPseudonym, string Service, string Stage, int Days,
    string? Detail, string? Assignee);

/// <summary>
/// Something that happened since the start of the last working day. Kind is the event type, or
/// ReferralReceived for a referral sent to the team (recorded on the sender's case).
/// </summary>
public sealed record StandUpChange(DateTime At, string Kind, Guid? CaseId, string? ClientPseudonym, string Service,
    string? Stage, string? Detail);

/// <summary>
/// The team's daily stand-up (PRODUCT.md journey 1): WIP against limits, blocked cases and for how
/// long, cases past the 85th percentile of their service's cycle time, cases not moved for
/// NoMovementDays, what changed since Since (the start of the last working day, local time) and the
/// client feedback given since then. A team without a board (no service) has no stand-up: HasBoard is
/// false and the lists are empty.
/// </summary>
public sealed record StandUpView(
    Guid TeamId,
    string TeamName,
    DateTime AsOf,
    DateTime Since,
    int NoMovementDays,
    IReadOnlyList<ServiceWip> Wip,
    IReadOnlyList<StandUpCase> Blocked,
    IReadOnlyList<StandUpCase> PastP85,
    IReadOnlyList<StandUpCase> NotMoved,
    IReadOnlyList<StandUpChange> Changes,
    StandUpFeedbackView Feedback)
{
    public bool HasBoard => Wip.Count > 0;
}
