using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The rule for a sprint's sessions: together they hold each of the four days' two halves exactly once, in agenda
/// order (dates never go back). Whole-day modes meet on four whole days; half-day mode may split any day into its
/// halves, so the four days take five to eight sessions.
/// </summary>
public static class SprintSessions
{
    public const int MaxSessions = 8;

    public static Refusal? Check(SprintMode mode, IReadOnlyList<SprintSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0) return Bad("sessions", "Sprints.SessionsMissing", "Give the sprint's sessions: its four days, or their halves.");
        if (sessions.Count > MaxSessions) return Bad("sessions", "Sprints.TooManySessions", "A sprint has at most eight half-day sessions.");
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Day is < 1 or > 4) return Bad($"sessions[{i}].day", "Sprints.SessionDay", "A sprint's days are 1 to 4.");
            if (s.Half is < 0 or > 2) return Bad($"sessions[{i}].half", "Sprints.SessionHalf", "Half is 0 (the whole day), 1 (morning) or 2 (afternoon).");
            if (mode != SprintMode.HalfDays && s.Half != 0)
                return Bad($"sessions[{i}].half", "Sprints.WholeDays", "In person and remote sprints meet for whole days; choose half days to split them.");
        }

        var halves = sessions.SelectMany((s, i) => (s.Half == 0 ? new[] { 1, 2 } : [s.Half]).Select(h => (s.Day, Half: h, Index: i))).ToList();
        foreach (var day in Enumerable.Range(1, 4))
            foreach (var half in new[] { 1, 2 })
            {
                var count = halves.Count(h => h.Day == day && h.Half == half);
                if (count != 1)
                    return Bad("sessions", "Sprints.SessionsCoverAgenda", "The sessions must hold each day's morning and afternoon exactly once.");
            }

        var ordered = sessions.OrderBy(s => s.Day).ThenBy(s => s.Half).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].Date < ordered[i - 1].Date)
                return Bad("sessions", "Sprints.SessionsOrder", "Sessions follow the agenda: a later day cannot meet on an earlier date.");
        return null;
    }

    private static Refusal Bad(string field, string code, string message) => Refusal.Invalid(field, code, message);
}
