using System.Text.Json.Serialization;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Features.EventLog;

// The payloads of a case's events. The envelope (Event) carries the case, service, organisation, client
// pseudonym, the stage the case is in after the event, the actor and the time; a payload adds the rest.

/// <param name="ReferralId">The accepted referral that opened the case; absent for a case opened directly.</param>
public sealed record CaseOpened(
    [property: Shared, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? ReferralId = null) : IEventPayload;

/// <param name="WipOverride">True when the target stage was at its WIP limit; absent otherwise. The reason is a case note.</param>
public sealed record CaseMoved(
    [property: Shared] Guid FromStageId,
    [property: Shared, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool WipOverride = false) : IEventPayload
{
    /// <summary>Where versions before override notes stored the override's reason instead of the flag.</summary>
    public const string EarlierOverrideReasonField = "wipOverrideReason";

    // Free text that may name a client: never read back or written, its presence means the limit was passed.
    [JsonInclude, JsonPropertyName(EarlierOverrideReasonField), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private string? EarlierOverrideReason
    {
        get => null;
        init { if (value is not null) WipOverride = true; }
    }
}

/// <param name="Reason">What the case waits for; its free text, if any, is a case note.</param>
public sealed record CaseBlocked([property: Shared(AsCode = true)] BlockReason Reason = BlockReason.Other) : IEventPayload;

/// <param name="Reason">The reason of the block that ended; null when the case held none.</param>
public sealed record CaseUnblocked([property: Shared(AsCode = true)] BlockReason? Reason) : IEventPayload;

/// <param name="Minutes">Work effort (touch time), 1–1440.</param>
public sealed record WorkLogged([property: Shared] int Minutes) : IEventPayload;

public sealed record CaseClosed([property: Shared] Outcome Outcome = Outcome.Other) : IEventPayload;

/// <param name="Reason">Why it was reopened; null in events recorded before reopening needed a reason. Its free text, if any, is a case note.</param>
public sealed record CaseReopened(
    [property: Shared, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReopenReason? Reason = null) : IEventPayload;

/// <param name="WorkerId">The new assignee; null when unassigned.</param>
/// <param name="PreviousWorkerId">The assignee before; null when there was none.</param>
public sealed record CaseAssigned([property: Shared] Guid? WorkerId, [property: Shared] Guid? PreviousWorkerId) : IEventPayload;

/// <param name="WorkerId">The second worker now sharing the case (pair work).</param>
/// <param name="PreviousWorkerId">The pair it replaced; null when the case had none.</param>
public sealed record CasePaired([property: Shared] Guid WorkerId, [property: Shared] Guid? PreviousWorkerId = null) : IEventPayload;

/// <param name="WorkerId">The pair who no longer shares the case.</param>
public sealed record CaseUnpaired([property: Shared] Guid WorkerId) : IEventPayload;
