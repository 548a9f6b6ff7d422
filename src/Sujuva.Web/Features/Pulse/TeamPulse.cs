using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Pulse;

/// <summary>A team's pulse group of one month, and which month it is.</summary>
public sealed record TeamPulseMonth(PulseGroupView Group, DateOnly Month);

/// <summary>
/// The latest pulse group holding a team, beside its WIP and aging on the stand-up and the team
/// dashboard; only for those who may see pulse results, and only through the same >= 5 grouping.
/// </summary>
public static class TeamPulse
{
    /// <summary>
    /// This month's group, or last month's while this month has too few answers to show (its first days:
    /// the current week is still being answered), so the stand-up is not without a pulse at each month's start.
    /// </summary>
    public static async Task<TeamPulseMonth?> LatestAsync(SujuvaDb db, CurrentUser user, TeamId team, DateTime now)
    {
        if (!user.SeesTeamFigures) return null;
        var today = DayCount.LocalDate(now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        foreach (var month in new[] { thisMonth, thisMonth.AddMonths(-1) })
        {
            var results = await PulseResults.LoadAsync(db, user, month.Year, month.Month, team, now, CancellationToken.None);
            if (results.Groups.FirstOrDefault() is { } group) return new(group, month);
        }
        return null;
    }
}
