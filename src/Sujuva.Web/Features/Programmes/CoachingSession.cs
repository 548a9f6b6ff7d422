using System.Security.Cryptography;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// One session instance of a programme: its own time, mode, place or link and state. Uid is random and never changes
/// (the calendar event's UID); Sequence grows on each change of time, place, link or status (METRICS.md §10). A
/// group programme's sessions are shared by the cohort enrolled with the same coach and start day, up to Capacity.
/// </summary>
public sealed class CoachingSession
{
    public CoachingSessionId Id { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public ProgrammeTemplateId TemplateId { get; private set; }
    public int TemplateVersion { get; private set; }
    /// <summary>The programme's name in Finnish when enrolled (the event log's), and in Swedish and English when given.</summary>
    public string ProgrammeName { get; private set; } = "";
    public string? ProgrammeNameSv { get; private set; }
    public string? ProgrammeNameEn { get; private set; }
    public UserId CoachId { get; private set; }

    /// <summary>The start day of the cohort (the enrolment's StartsOn): group enrolments with the same one share these sessions.</summary>
    public DateOnly CohortStartsOn { get; private set; }
    public int Number { get; private set; }
    public int Count { get; private set; }
    public string Topic { get; private set; } = "";
    public SessionMode Mode { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public SessionStatus Status { get; private set; }
    public int Capacity { get; private set; }
    public string Uid { get; private set; } = "";
    public int Sequence { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>Why the service cancelled it (CancelledByService only).</summary>
    public SessionCancelReason? CancelReason { get; private set; }

    /// <summary>A moved session keeps its history: the old instance points to its new one, the new one back.</summary>
    public CoachingSessionId? MovedToId { get; private set; }
    public CoachingSessionId? MovedFromId { get; private set; }

    /// <summary>The programme's name in the user interface language (Finnish when not given in it).</summary>
    public string LocalProgrammeName => LocalName.Pick(ProgrammeName, ProgrammeNameSv, ProgrammeNameEn);

    /// <summary>"Etävalmennus 3/8": how feeds, clashes and reminders name the session, never with a client's name.</summary>
    public string Label => $"{LocalProgrammeName} {Number}/{Count}";

    private CoachingSession() { }

    public CoachingSession(ProgrammeTemplate template, UserId coach, DateOnly cohort, SessionSlot slot, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(slot);
        var plan = template.Sessions[slot.Number - 1];
        Id = new(Guid.CreateVersion7(now));
        (ServiceId, TemplateId, TemplateVersion, ProgrammeName, CoachId, CohortStartsOn) =
            (template.ServiceId, template.Id, template.Version, template.Name, coach, cohort);
        (ProgrammeNameSv, ProgrammeNameEn) = (template.NameSv, template.NameEn);
        (Number, Count, Topic, Mode, Place, VideoLink) = (slot.Number, template.Sessions.Count, plan.Topic, plan.Mode, plan.Place, plan.VideoLink);
        (StartUtc, EndUtc, Status, Capacity) = (slot.StartUtc, slot.EndUtc, SessionStatus.Scheduled, template.Group ? template.Capacity!.Value : 1);
        (Uid, Sequence, ChangedAt, Version) = (NewUid(), 0, now, 1);
    }

    /// <summary>Still on the coach's calendar: scheduled or held (a cancelled or moved one frees its time).</summary>
    public bool Occupies => Status is SessionStatus.Scheduled or SessionStatus.Held;

    /// <summary>Shown as cancelled in the calendar feeds (STATUS:CANCELLED is kept there, METRICS.md §10).</summary>
    public bool IsCancelled => Status is SessionStatus.CancelledByService or SessionStatus.CancelledByClient or SessionStatus.Rescheduled;

    /// <summary>The session took place (someone attended or did not come): a change of status, so the feed's Sequence grows.</summary>
    public void MarkHeld(DateTime at)
    {
        if (Status == SessionStatus.Held) return;
        Change(SessionStatus.Held, at);
    }

    /// <summary>Every client of the session cancelled: it no longer takes the coach's time.</summary>
    public void CancelByClients(DateTime at) => Change(SessionStatus.CancelledByClient, at);

    public void CancelByService(SessionCancelReason reason, DateTime at)
    {
        CancelReason = reason;
        Change(SessionStatus.CancelledByService, at);
    }

    /// <summary>
    /// Moves the session: a new instance (its own UID) holds the new time, mode, place and link; this one becomes
    /// Rescheduled, so a calendar shows it cancelled and the case's history keeps both.
    /// </summary>
    public CoachingSession MoveTo(DateTime startUtc, DateTime endUtc, SessionMode mode, string? place, string? videoLink, DateTime at)
    {
        var moved = (CoachingSession)MemberwiseClone();
        moved.Id = new(Guid.CreateVersion7(at));
        (moved.StartUtc, moved.EndUtc, moved.Mode, moved.Place, moved.VideoLink) = (startUtc, endUtc, mode, place, videoLink);
        (moved.Status, moved.CancelReason, moved.MovedFromId, moved.MovedToId) = (SessionStatus.Scheduled, null, Id, null);
        (moved.Uid, moved.Sequence, moved.ChangedAt, moved.Version) = (NewUid(), 0, at, 1);
        MovedToId = moved.Id;
        Change(SessionStatus.Rescheduled, at);
        return moved;
    }

    private void Change(SessionStatus status, DateTime at)
    {
        (Status, ChangedAt) = (status, at);
        Sequence++;
        Version++;
    }

    private static string NewUid() => $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@sujuva";

    public BusySession AsBusy() => new(Id.Value, Label, StartUtc, EndUtc);
}
