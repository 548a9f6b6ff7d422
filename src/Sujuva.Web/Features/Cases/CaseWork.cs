using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>The refusal (403) when a user sees a case, service or referral but does not work for its team.</summary>
public static class CaseWork
{
    public const string NotYourTeamCode = "Cases.NotYourTeam";

    /// <summary>Null when the user works for the team (CurrentUser.WorksFor), else the refusal.</summary>
    public static Refusal? Refuse(CurrentUser user, TeamId team, string field) =>
        user.WorksFor(team) ? null : Forbidden(field);

    public static Refusal Forbidden(string field) =>
        Refusal.Forbidden(field, NotYourTeamCode, "Only a team lead or worker of the team working this service may do this.");
}
