using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>The 403 answer when a user sees a case, service or referral but does not work for its team.</summary>
public static class CaseWork
{
    public const string NotYourTeamCode = "Cases.NotYourTeam";

    /// <summary>Null when the user works for the team (CurrentUser.WorksFor), else the 403 problem.</summary>
    public static ProblemHttpResult? Refuse(CurrentUser user, TeamId team, string field) =>
        user.WorksFor(team) ? null : Forbidden(field);

    public static ProblemHttpResult Forbidden(string field) =>
        Problems.Create(StatusCodes.Status403Forbidden, "Not allowed.", field, NotYourTeamCode,
            "Only a team lead or worker of the team working this service may do this.");
}
