using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// How each demo session went, decided when it is laid out and recorded when it happened: the service cancels a few
/// (with a coded reason) and moves a couple, clients cancel some (a third of them under 24 hours before), and of the
/// rest a client fails to come with the probability of the session's mode, else attends. A session not over before its
/// case closes is one the client cancelled when their coaching ended. Every step goes through the API's own rules
/// (MarkAttendance.Check and Record, the session's and the case's methods); attended minutes become work on the case,
/// and an attended session gets the feedback link the app mails after it, answered by some.
/// </summary>
public sealed partial class DemoReplay
{
    /// <summary>A client misses an office session more often than a remote one: the travel is the difference.</summary>
    public const double InPersonNoShow = 0.22, RemoteNoShow = 0.08;

    private const double ServiceCancelShare = 0.025, MoveShare = 0.005, ClientCancelShare = 0.07, LateShare = 0.35, ShortShare = 0.15;

    /// <summary>A session is marked within this after it ends, so one ending nearer the case's close is not held.</summary>
    private static readonly TimeSpan MarkedWithin = TimeSpan.FromMinutes(5);

    private enum SessionFate { Ended, ServiceCancels, Moves, ClientCancels, Held }

    private void Plan(CoachingSession session, SessionSeat seat, Case c, DateTime since, DateTime? close, bool mayMove)
    {
        var draw = _coachRandom.NextDouble();
        var fate = close is { } closes && session.EndUtc + MarkedWithin > closes ? SessionFate.Ended
            : draw < ServiceCancelShare ? SessionFate.ServiceCancels
            : draw < ServiceCancelShare + MoveShare ? (mayMove ? SessionFate.Moves : SessionFate.Held)
            : draw < ServiceCancelShare + MoveShare + ClientCancelShare ? SessionFate.ClientCancels
            : SessionFate.Held;
        var coach = session.CoachId;
        switch (fate)
        {
            case SessionFate.Ended:
                // Just before the case closes (or the session would begin): the client is done with coaching.
                var ends = close!.Value < session.StartUtc ? close.Value : session.StartUtc;
                var endedAt = ends.AddMinutes(-1) > since ? ends.AddMinutes(-1) : since + ((ends - since) / 2);
                Schedule(endedAt, () => Mark(session, seat, c, Attendance.CancelledByClient, null, coach, endedAt));
                break;
            case SessionFate.ServiceCancels:
                var (reason, by) = CancelReason(session);
                var cancelAt = OfficeHours(Before(session, since, TimeSpan.FromHours(3), TimeSpan.FromDays(3)), since, session.StartUtc);
                Schedule(cancelAt, () => CancelByService(session, c, reason, by, cancelAt));
                break;
            case SessionFate.Moves:
                var moveAt = OfficeHours(Before(session, since, TimeSpan.FromDays(1), TimeSpan.FromDays(4)), since, session.StartUtc);
                Schedule(moveAt, () => Move(session, seat, c, close, moveAt));
                break;
            case SessionFate.ClientCancels:
                var cancelledAt = _coachRandom.NextDouble() < LateShare
                    ? Before(session, since, TimeSpan.FromHours(1), TimeSpan.FromHours(20))
                    : Before(session, since, TimeSpan.FromHours(26), TimeSpan.FromDays(5));
                Schedule(cancelledAt, () => Mark(session, seat, c, Attendance.CancelledByClient, null, coach, cancelledAt));
                break;
            default:
                var noShow = _coachRandom.NextDouble() < (session.Mode == SessionMode.Remote ? RemoteNoShow : InPersonNoShow);
                var length = (int)(session.EndUtc - session.StartUtc).TotalMinutes;
                // Mostly the whole session; now and then it starts late or ends early.
                int? minutes = _coachRandom.NextDouble() < ShortShare ? length - (5 * (2 + _coachRandom.Next(3))) : null;
                var markedAt = session.EndUtc + MarkedWithin + TimeSpan.FromMinutes(_coachRandom.Next(115));
                if (close is { } before && markedAt >= before) markedAt = before.AddMinutes(-1);
                // Coaches catch up on marking: open cases' sessions since the previous working day wait on the week page.
                else if ((close is null || close > _coachingEndUtc) && session.StartUtc >= _markingBacklogFromUtc) break;
                Schedule(markedAt, () => Mark(session, seat, c, noShow ? Attendance.NoShow : Attendance.Attended, minutes, coach, markedAt));
                break;
        }
    }

    /// <summary>The start (UTC) of the working day before the history's last day, in Finnish time.</summary>
    private static DateTime MarkingBacklogFrom(DateTime endUtc)
    {
        var day = DayCount.LocalDate(endUtc).AddDays(-1);
        while (!FinnishWorkingDays.IsWorkingDay(day)) day = day.AddDays(-1);
        return DayCount.StartOfDayUtc(day);
    }

    /// <summary>As MarkAttendance: its checks, then its record; one-to-one, so no other seat is left to cancel.</summary>
    private void Mark(CoachingSession session, SessionSeat seat, Case c, Attendance attendance, int? minutes, UserId by, DateTime at)
    {
        var request = new MarkAttendanceRequest(c.Id.Value, attendance, session.Version, minutes);
        var refusal = MarkAttendance.Check(session, seat, request, at);
        WorkLog? work = null;
        refusal ??= MarkAttendance.Record(session, seat, Keep(c), attendance, minutes ?? (int)(session.EndUtc - session.StartUtc).TotalMinutes,
            othersCancelled: true, by, at, out work);
        if (refusal is not null)
        {
            Refusals.Add($"Session {session.Id} {attendance}: {refusal.Code}");
            return;
        }
        if (work is not null) WorkLogs.Add(work);
        if (attendance != Attendance.Attended) return;
        // The feedback job runs at once after the marking and issues the link bound to the session (SendSessionFeedbackLink).
        var service = _services[_serviceKeys[session.ServiceId]];
        Answer(FeedbackLink.Issue(FeedbackEventKind.Session, c.Id, null, session.ServiceId, service.TeamId, c.ClientPseudonym,
            at.AddMinutes(1), session.Id), session.Mode == SessionMode.Remote ? FeedbackMood.RemoteSession : FeedbackMood.InPersonSession,
            _coachRandom);
    }

    /// <summary>As CancelSession: only a scheduled session not yet begun; the case's log gets SessionCancelled.</summary>
    private void CancelByService(CoachingSession session, Case c, SessionCancelReason reason, UserId by, DateTime at)
    {
        if (session.Status != SessionStatus.Scheduled || session.StartUtc <= at)
        {
            Refusals.Add($"Session {session.Id} cancel: Programmes.SessionNotScheduled");
            return;
        }
        session.CancelByService(reason, at);
        Keep(c).RecordOnCase(new SessionCancelled(session.Id.Value, session.Number, reason), by, at);
    }

    /// <summary>
    /// As RescheduleSession: the coach moves the session two working days on at the same time (or the next free slot), a new
    /// instance with the seat; the old one keeps its history. When the new time would be after the case ends, it is not moved.
    /// </summary>
    private void Move(CoachingSession old, SessionSeat seat, Case c, DateTime? close, DateTime at)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(old.StartUtc, DayCount.Helsinki);
        var slot = Lay(new ProgrammeRhythm(RhythmKind.Weekly), old.CoachId, FinnishWorkingDays.OnOrAfter(DateOnly.FromDateTime(local).AddDays(2)),
            TimeOnly.FromDateTime(local), [(int)(old.EndUtc - old.StartUtc).TotalMinutes], old).Slots[0];
        if (old.Status != SessionStatus.Scheduled || old.StartUtc <= at || (close is { } closes && slot.EndUtc + MarkedWithin > closes))
        {
            Plan(old, seat, c, at, close, mayMove: false);
            return;
        }
        var moved = old.MoveTo(slot.StartUtc, slot.EndUtc, old.Mode, old.Place, old.VideoLink, at);
        var movedSeat = new SessionSeat(moved.Id, seat.EnrolmentId, seat.CaseId, at);
        Sessions.Add(moved);
        Seats.Add(movedSeat);
        Keep(c).RecordOnCase(new SessionRescheduled(old.Id.Value, moved.Id.Value, old.Number, moved.StartUtc), old.CoachId, at);
        Plan(moved, movedSeat, c, at, close, mayMove: false);
    }

    /// <summary>The coach off sick (the lead cancels), the room or the connection failing, or something else.</summary>
    private (SessionCancelReason, UserId) CancelReason(CoachingSession session)
    {
        var draw = _coachRandom.NextDouble();
        if (draw < 0.6) return (SessionCancelReason.CoachAbsent, _coachingLead);
        if (draw < 0.9)
            return (session.Mode == SessionMode.Remote ? SessionCancelReason.ConnectionProblem : SessionCancelReason.PlaceUnavailable, session.CoachId);
        return (SessionCancelReason.Other, session.CoachId);
    }

    /// <summary>A moment between <paramref name="least"/> and <paramref name="most"/> before the session, and after <paramref name="since"/>.</summary>
    private DateTime Before(CoachingSession session, DateTime since, TimeSpan least, TimeSpan most)
    {
        var at = session.StartUtc - (least + ((most - least) * _coachRandom.NextDouble()));
        return at > since ? at : since + ((session.StartUtc - since) / 2);
    }

    /// <summary>A worker's change in office hours (8–16 local) on its day, as long as that stays between since and the session.</summary>
    private static DateTime OfficeHours(DateTime at, DateTime since, DateTime sessionStart)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(at, DayCount.Helsinki);
        var hour = Math.Clamp(local.Hour, 8, 15);
        if (hour == local.Hour) return at;
        var moved = SessionLayout.Utc(DateOnly.FromDateTime(local), new TimeOnly(hour, local.Minute));
        return moved > since && moved < sessionStart ? moved : at;
    }
}
