using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Pulse;

/// <summary>
/// A shown group: answers n, job satisfaction (count at each level 1–5 and mean), workload mean over
/// those who answered it, comments in alphabetical order (not the order given), and beside them the
/// group's teams' WIP and the age of their open cases.
/// </summary>
public sealed record PulseGroupView(PulseGroupKind Kind, string? Name, List<Guid> Teams, int Answers, List<int> Counts,
    double Mean, int WorkloadAnswers, double? WorkloadMean, List<string> Comments, int Wip, double? MedianAgeDays,
    double? OldestAgeDays);

public sealed record PulseResultsView(string Month, List<string> Weeks, int MinimumAnswers, List<PulseGroupView> Groups);

public static class PulseResults
{
    /// <summary>
    /// GET /api/pulse/results?month=yyyy-MM[&amp;teamId=] (without month, the last full month): managers, developers and administrators see every group;
    /// team leads the groups holding their teams; workers 403 (AuthPolicies.SeesTeamFigures). teamId only picks groups, never re-forms them.
    /// </summary>
    public static async Task<Outcome<PulseResultsView>> ReadAsync(
        string? month, Guid? teamId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var lastMonth = Metrics.MetricsPeriod.LastFullMonth(DayCount.LocalDate(now)).From;
        var (year, m) = (lastMonth.Year, lastMonth.Month);
        if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Refusal.Invalid("month", "Pulse.BadMonth", "Use yyyy-MM.");
            (year, m) = (d.Year, d.Month);
        }
        return await LoadAsync(db, user, year, m, teamId is { } t ? new TeamId(t) : null, now, ct);
    }

    public static async Task<PulseResultsView> LoadAsync(SujuvaDb db, CurrentUser user, int year, int month, TeamId? team,
        DateTime now, CancellationToken ct)
    {
        var weeks = PulseWeek.InMonth(year, month);
        var shown = await ShownGroupsAsync(db, user, year, month, team, ct);
        var views = new List<PulseGroupView>();
        foreach (var g in shown) views.Add(await ViewAsync(db, g, now, ct));
        return new PulseResultsView($"{year:0000}-{month:00}", [.. weeks.Select(w => w.ToString())], PulseGroups.MinimumAnswers, views);
    }

    /// <summary>The month's groups (PulseGroups.Form over its ISO weeks) that the user may see and the team filter picks.</summary>
    public static async Task<List<PulseGroup>> ShownGroupsAsync(SujuvaDb db, CurrentUser user, int year, int month, TeamId? team,
        CancellationToken ct)
    {
        var keys = PulseWeek.InMonth(year, month).Select(w => w.Year * 100 + w.Week).ToList();
        var answers = await db.Set<PulseAnswer>().AsNoTracking()
            .Where(a => keys.Contains(a.IsoYear * 100 + a.IsoWeek)).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .Join(db.Organisations, t => t.OrganisationId, o => o.Id, (t, o) => new { t.Id, t.Name, t.NameSv, t.NameEn, t.OrganisationId, Org = o.Name, OrgSv = o.NameSv, OrgEn = o.NameEn })
            .ToListAsync(ct);
        var byTeam = answers.ToLookup(a => a.TeamId);
        var groups = PulseGroups.Form(teams.Select(t => new TeamAnswers(t.Id, LocalName.Pick(t.Name, t.NameSv, t.NameEn), t.OrganisationId,
            LocalName.Pick(t.Org, t.OrgSv, t.OrgEn), [.. byTeam[t.Id]])));
        var mine = user.Teams.ToHashSet();
        return [.. groups.Where(g => (user.SeesWholeNetwork || g.Teams.Any(mine.Contains)) && (team is null || g.Teams.Contains(team.Value)))];
    }

    private static async Task<PulseGroupView> ViewAsync(SujuvaDb db, PulseGroup g, DateTime now, CancellationToken ct)
    {
        var teamIds = g.Teams.ToList();
        var opened = await db.Cases.AsNoTracking().Where(c => c.ClosedAt == null && teamIds.Contains(c.Service.TeamId))
            .Select(c => c.OpenedAt).ToListAsync(ct);
        var ages = opened.Select(o => (now - o).TotalDays).Order().ToList();
        var counts = Enumerable.Range(1, 5).Select(level => g.Answers.Count(a => a.JobSatisfaction == level)).ToList();
        var workload = g.Answers.Where(a => a.Workload is not null).Select(a => a.Workload!.Value).ToList();
        return new PulseGroupView(g.Kind, g.Name, [.. teamIds.Select(t => t.Value)], g.Answers.Count, counts,
            g.Answers.Average(a => a.JobSatisfaction), workload.Count, workload.Count == 0 ? null : workload.Average(),
            [.. g.Answers.Where(a => a.Comment is not null).Select(a => a.Comment!).Order(StringComparer.Ordinal)],
            ages.Count, ages.Count == 0 ? null : Percentiles.Median(ages), ages.Count == 0 ? null : ages[^1]);
    }
}
