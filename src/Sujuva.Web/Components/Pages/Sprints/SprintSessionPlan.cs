using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Components.Pages.Sprints;

/// <summary>
/// The sessions the planning form starts from: whole-day sprints meet on four consecutive weekdays, half-day sprints
/// in eight half-day sessions on consecutive weekdays (the agenda's halves in order). The planner may change any date.
/// </summary>
public static class SprintSessionPlan
{
    public static readonly TimeOnly DefaultStart = new(9, 0);

    public static List<SprintSession> Prefill(SprintMode mode, DateOnly first)
    {
        var halves = mode == SprintMode.HalfDays
            ? Enumerable.Range(1, 4).SelectMany(day => new[] { (Day: day, Half: 1), (Day: day, Half: 2) })
            : Enumerable.Range(1, 4).Select(day => (Day: day, Half: 0));
        var sessions = new List<SprintSession>();
        var date = Weekday(first);
        foreach (var (day, half) in halves)
        {
            sessions.Add(new SprintSession(day, half, date, DefaultStart));
            date = Weekday(date.AddDays(1));
        }
        return sessions;
    }

    /// <summary>The date itself on a weekday, else the Monday after.</summary>
    public static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
