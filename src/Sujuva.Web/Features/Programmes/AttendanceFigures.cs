namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Attendance of the sessions due in a period (SeatOutcome.Due: attended or no-show), with session CSAT beside it.
/// AttendanceRate = attended / due, NoShowRate = no-shows / due (null when nothing was due); LateCancellations counts
/// the client cancellations under 24 hours before, which are not due and so in neither rate. SessionCsat = answers
/// rated 4–5 / CsatAnswers (null without answers). Rates are shares from 0 to 1.
/// </summary>
public sealed record AttendanceFigures(int Due, int Attended, int NoShows, int LateCancellations, double? AttendanceRate,
    double? NoShowRate, int CsatAnswers, double? SessionCsat)
{
    public static AttendanceFigures Of(IReadOnlyCollection<SeatOutcome> seats, IReadOnlyCollection<SessionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(ratings);
        var attended = seats.Count(s => s.Attendance == Attendance.Attended);
        var noShows = seats.Count(s => s.Attendance == Attendance.NoShow);
        var due = attended + noShows;
        var late = seats.Count(s => s.Attendance == Attendance.CancelledByClient && s.Late);
        return new AttendanceFigures(due, attended, noShows, late, due == 0 ? null : (double)attended / due,
            due == 0 ? null : (double)noShows / due, ratings.Count, Programmes.SessionCsat.Share(ratings));
    }
}
