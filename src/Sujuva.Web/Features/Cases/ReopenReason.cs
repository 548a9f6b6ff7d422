namespace Sujuva.Web.Features.Cases;

/// <summary>
/// Why a closed case was reopened, as a code: what the event log and exports see. What the worker writes
/// beside it is a CaseNote (it may name the client). Display names are resources "ReopenReason.{name}".
/// </summary>
public enum ReopenReason
{
    /// <summary>The same need came back: the client returned, the placement ended early.</summary>
    NeedReturned,
    NewNeed,
    ClosedByMistake,
    Other,
}
