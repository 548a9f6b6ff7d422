using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>Blocking, closing and reopening.</summary>
public sealed partial class Case
{
    /// <summary>The event carries only the code; the optional text becomes a CaseNote under need-to-know.</summary>
    public Refusal? Block(BlockReason? reason, string? note, UserId by, DateTime at)
    {
        if (reason is not { } code || !Enum.IsDefined(code))
            return Refusal.Invalid("reason", "Cases.BlockReasonMissing", "Choose what the case is waiting for.");
        if (CaseNote.Refuse(note?.Trim(), "note") is { } tooLong) return tooLong;
        if (!IsOpen) return Closed();
        if (BlockedAt is not null) return Refusal.Rule("caseId", "Cases.AlreadyBlocked", "The case is already blocked.");
        BlockedReason = code;
        BlockedAt = at;
        Version++;
        if (!string.IsNullOrWhiteSpace(note)) _notes.Add(new CaseNote(Id, CaseNoteKind.BlockReason, note.Trim(), by, at));
        Append(new CaseBlocked(code), by, at);
        return null;
    }

    public Refusal? Unblock(UserId by, DateTime at)
    {
        if (!IsOpen) return Closed();
        if (BlockedAt is null) return Refusal.Rule("caseId", "Cases.NotBlocked", "The case is not blocked.");
        Version++;
        EndBlock(by, at);
        return null;
    }

    private void EndBlock(UserId by, DateTime at)
    {
        Append(new CaseUnblocked(BlockedReason), by, at);
        BlockedReason = null;
        BlockedAt = null;
    }

    /// <summary>Closing a blocked case first ends the block, so every blocked interval has an end.</summary>
    public Refusal? Close(Outcome outcome, UserId by, DateTime at)
    {
        if (!Enum.IsDefined(outcome)) return Refusal.Invalid("outcome", "Cases.UnknownOutcome", "Unknown outcome.");
        if (!IsOpen) return Refusal.Rule("caseId", "Cases.AlreadyClosed", "The case is already closed.");
        if (BlockedAt is not null) EndBlock(by, at);
        ClosedAt = at;
        Outcome = outcome;
        Version++;
        Append(new CaseClosed(outcome), by, at);
        return null;
    }

    /// <summary>
    /// Reopening needs its reason as a code (the event carries it); the optional text becomes a CaseNote
    /// under need-to-know. The case restarts in the given stage, or the board's first.
    /// </summary>
    public Refusal? Reopen(ReopenReason? reason, string? note, StageId? stageId, UserId by, DateTime at)
    {
        if (reason is not { } code || !Enum.IsDefined(code))
            return Refusal.Invalid("reason", "Cases.ReopenReasonMissing", "Choose why the case is reopened.");
        if (CaseNote.Refuse(note?.Trim(), "note") is { } tooLong) return tooLong;
        if (IsOpen) return Refusal.Rule("caseId", "Cases.NotClosed", "The case is open.");
        var stage = stageId is { } sid ? Service.StageOf(sid) : Service.FirstStage;
        if (stage is null) return UnknownStage();
        ClosedAt = null;
        Outcome = null;
        StageId = stage.Id;
        EnteredStageAt = at;
        Version++;
        if (!string.IsNullOrWhiteSpace(note)) _notes.Add(new CaseNote(Id, CaseNoteKind.ReopenReason, note.Trim(), by, at));
        Append(new CaseReopened(code), by, at);
        return null;
    }

    /// <summary>Work effort (touch time) on an open case; the log entry itself is a WorkLog.</summary>
    public Refusal? RecordWork(int minutes, UserId by, DateTime at)
    {
        if (minutes is < 1 or > 24 * 60)
            return Refusal.Invalid("minutes", "WorkLogs.MinutesOutOfRange", "Minutes are between 1 and 1440.");
        if (!IsOpen) return Closed();
        Append(new WorkLogged(minutes), by, at);
        return null;
    }

    /// <summary>An event another aggregate (a referral, a coaching programme) writes into this case's log, with the case's envelope.</summary>
    internal void RecordOnCase(IEventPayload payload, UserId by, DateTime at) => Append(payload, by, at);
}
