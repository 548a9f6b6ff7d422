using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// What an event is called as an activity in an exported log: the stage entered, or a fixed text. A stage
/// is kept by id and named when the log is built, so a renamed stage shows its current name everywhere.
/// </summary>
public readonly record struct ActivityKey(StageId? Stage, string? Text)
{
    public string Name(IReadOnlyDictionary<StageId, StageInfo> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (Stage is not { } id) return Text!;
        return stages.TryGetValue(id, out var stage) ? stage.Name : id.Value.ToString();
    }
}

/// <summary>
/// The one mapping from events to activities (METRICS.md §8), shared by the export and the process map
/// so that they cannot drift apart: open, move and reopen enter a stage, the rest say what happened.
/// </summary>
public static class ExportedActivity
{
    public const string Blocked = "Blocked: ";
    public const string Unblocked = "Unblocked";
    public const string Closed = "Closed";
    public const string WorkLogged = "Work logged";
    public const string ReferralSent = "Referral sent";
    public const string ReferralAccepted = "Referral accepted";
    public const string ReferralDeclined = "Referral declined";
    public const string ProgrammeEnrolled = "Programme enrolled";
    public const string Session = "Session: ";
    public const string SessionCancelled = "Session cancelled: ";
    public const string SessionMoved = "Session moved";

    /// <summary>The event's activity, or null for an event that is not one (a stage event without its stage).</summary>
    public static ActivityKey? Of(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Type switch
        {
            EventTypes.CaseOpened or EventTypes.CaseMoved or EventTypes.CaseReopened =>
                e.StageId is { } id ? new ActivityKey(id, null) : null,
            // The code, never the stored text: blocks recorded before reasons were coded read as Other.
            EventTypes.CaseBlocked => Text(Blocked + StoredPayload.Read<CaseBlocked>(e).Reason),
            EventTypes.CaseUnblocked => Text(Unblocked),
            EventTypes.CaseClosed => Text(Closed),
            EventTypes.WorkLogged => Text(WorkLogged),
            EventTypes.ReferralSent => Text(ReferralSent),
            EventTypes.ReferralAccepted => Text(ReferralAccepted),
            EventTypes.ReferralDeclined => Text(ReferralDeclined),
            // A no-show or a client's cancellation is part of the case's flow (issue 16): "Session: NoShow".
            EventTypes.ProgrammeEnrolled => Text(ProgrammeEnrolled),
            EventTypes.SessionAttendanceMarked => Text(Session + StoredPayload.Read<SessionAttendanceMarked>(e).Attendance),
            EventTypes.SessionCancelled => Text(SessionCancelled + StoredPayload.Read<SessionCancelled>(e).Reason),
            EventTypes.SessionRescheduled => Text(SessionMoved),
            _ => null,
        };
    }

    private static ActivityKey Text(string text) => new(null, text);
}
