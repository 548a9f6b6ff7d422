using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// The worker's week (issue 16, item 7): the sessions they coach, and for a team lead (or a manager) the team's
/// sessions, in the week of the given day (this week when none), moved-away instances left out. Clients by pseudonym.
/// </summary>
public static class ReadWeek
{
    public static async Task<WeekView> ForCoachAsync(DateOnly? day, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var monday = MondayOf(day, clock);
        return await ReadAsync(db, monday, s => s.CoachId == user.Id, ct);
    }

    public static async Task<Outcome<WeekView>> ForTeamAsync(Guid teamId, DateOnly? day, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var team = new TeamId(teamId);
        if (!await db.Teams.AnyAsync(t => t.Id == team, ct) || !(user.SeesWholeNetwork || user.Teams.Contains(team)))
            return Refusal.NotFound("teamId");
        if (!(user.IsInRole(Roles.Manager) || (user.IsInRole(Roles.TeamLead) && user.Teams.Contains(team))))
            return Refusal.Forbidden("teamId", "Programmes.TeamWeekForLeads", "The team's week is for its team lead and managers.");
        var services = db.Services.Where(s => s.TeamId == team).Select(s => s.Id);
        return await ReadAsync(db, MondayOf(day, clock), s => services.Contains(s.ServiceId), ct);
    }

    private static async Task<WeekView> ReadAsync(SujuvaDb db, DateOnly monday, System.Linq.Expressions.Expression<Func<CoachingSession, bool>> whose,
        CancellationToken ct)
    {
        var (from, to) = (SessionLayout.Utc(monday, TimeOnly.MinValue), SessionLayout.Utc(monday.AddDays(7), TimeOnly.MinValue));
        var sessions = await db.CoachingSessions.AsNoTracking().Where(whose)
            .Where(s => s.StartUtc >= from && s.StartUtc < to && s.Status != SessionStatus.Rescheduled)
            .OrderBy(s => s.StartUtc).ToListAsync(ct);
        var coachIds = sessions.Select(s => s.CoachId.Value).Distinct().ToList();
        var coaches = await db.Users.AsNoTracking().Where(u => coachIds.Contains(u.Id)).Select(u => new WeekCoach(u.Id, u.DisplayName)).ToListAsync(ct);
        return new WeekView(monday, await CoachSessions.ViewAsync(db, sessions, ct), [.. coaches.OrderBy(c => c.Name, StringComparer.CurrentCulture)]);
    }

    private static DateOnly MondayOf(DateOnly? day, TimeProvider clock)
    {
        var d = day ?? DateOnly.FromDateTime(LocalTime.InFinland(clock.GetUtcNow().UtcDateTime));
        return d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
    }
}
