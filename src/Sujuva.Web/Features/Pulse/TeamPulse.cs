using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Pulse;

/// <summary>
/// This month's pulse group holding a team, beside its WIP and aging on the stand-up and the team
/// dashboard; only for those who may see pulse results, and only through the same >= 5 grouping.
/// </summary>
public static class TeamPulse
{
    public static async Task<PulseGroupView?> ThisMonthAsync(SujuvaDb db, CurrentUser user, TeamId team, DateTime now)
    {
        if (!user.SeesWholeNetwork && !user.IsInRole(Roles.TeamLead)) return null;
        var today = DayCount.LocalDate(now);
        var results = await PulseResults.LoadAsync(db, user, today.Year, today.Month, team, now, CancellationToken.None);
        return results.Groups.FirstOrDefault();
    }
}
