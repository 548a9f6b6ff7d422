using Sujuva.Analytics;
using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// How long clients waited and how much coaching they got. Days to the first session: elapsed days (METRICS.md §1,
/// seconds / 86 400) from the enrolment to the start of its first attended session, counted in the period that
/// session falls in (as queue time counts at the first working entry, §11); an enrolment with no attended session yet
/// does not count. The first attended session, not the first scheduled one, because the wait a client lives is until
/// coaching really begins: a no-show or a cancelled first session lengthens it, while the scheduled one only repeats
/// the start day the worker picked. Sessions per client: attended sessions in the period of each enrolment with a
/// session due in it (n = Clients). Medians are the usual median (the mean of the two middle values for an even count).
/// </summary>
public sealed record ClientFigures(int FirstSessions, double? MedianDaysToFirstSession, int Clients, double? MedianSessionsPerClient,
    double? MeanSessionsPerClient)
{
    public static ClientFigures Of(IReadOnlyCollection<SeatOutcome> seats, IReadOnlyCollection<FirstSession> firsts)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(firsts);
        var days = firsts.Select(f => DayCount.Elapsed(f.EnrolledAt, f.StartUtc)).Order().ToList();
        var sessions = seats.Where(s => s.Due).GroupBy(s => s.EnrolmentId)
            .Select(g => (double)g.Count(s => s.Attendance == Attendance.Attended)).Order().ToList();
        return new ClientFigures(days.Count, days.Count == 0 ? null : Percentiles.Median(days), sessions.Count,
            sessions.Count == 0 ? null : Percentiles.Median(sessions), sessions.Count == 0 ? null : sessions.Average());
    }
}
