namespace Sujuva.Web.Features.Network;

/// <summary>A user's membership of a team.</summary>
public sealed class TeamMember
{
    public UserId UserId { get; private set; }
    public TeamId TeamId { get; private set; }

    private TeamMember() { }

    public TeamMember(UserId userId, TeamId teamId)
    {
        UserId = userId;
        TeamId = teamId;
    }
}
