using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Who does what in design sprints: Lean coaches, managers and team leads plan them; the Decider, the facilitator and
/// the participants work in them (notes, votes, artefacts); the facilitator (and the Decider, who may stand in) runs
/// the agenda and reveals votes; everyone else in the network reads them. A sprint holds no client personal data.
/// </summary>
public static class SprintAccess
{
    public static Refusal? CanPlan(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Developer) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.TeamLead)) return null;
        return Refusal.Forbidden("sprint", "Sprints.MayNotPlan", "Lean coaches, managers and team leads plan design sprints.");
    }

    public static bool MayWorkIn(CurrentUser user, Sprint sprint)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(sprint);
        return sprint.Team.Contains(user.Id.Value);
    }

    public static Refusal? CanWorkIn(CurrentUser user, Sprint sprint) => MayWorkIn(user, sprint) ? null
        : Refusal.Forbidden("sprintId", "Sprints.MayNotWork", "The Decider, the facilitator and the participants work in a sprint; others may read it.");

    public static bool MayRun(CurrentUser user, Sprint sprint)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(sprint);
        return user.Id == sprint.FacilitatorId || user.Id == sprint.DeciderId;
    }

    public static Refusal? CanRun(CurrentUser user, Sprint sprint) => MayRun(user, sprint) ? null
        : Refusal.Forbidden("sprintId", "Sprints.MayNotRun", "The facilitator runs the agenda; the Decider may stand in.");
}
