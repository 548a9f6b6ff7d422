namespace Sujuva.Web.Features.Cases;

/// <summary>
/// Why a case is blocked, as a code: what the event log, exports and dashboards see. What the worker
/// writes beside it is a CaseNote (it may name the client), never an event. Its text is the network's name when
/// an administrator entered one, else the built-in resource text (<see cref="BlockReasonNames"/>); stored as
/// the name, so the order may change.
/// </summary>
public enum BlockReason
{
    WaitingForClient,
    WaitingForOtherService,
    WaitingForDocuments,
    WaitingForDecision,
    Other,
}

public static class BlockReasons
{
    /// <summary>
    /// The code a stored value stands for: a code's exact name, else Other. Blocks recorded before the
    /// reasons were coded hold the worker's free text, which must never be shown where the code is.
    /// </summary>
    public static BlockReason FromStored(string? stored) => Data.KnownEnumConversion.Read(stored, BlockReason.Other);
}
