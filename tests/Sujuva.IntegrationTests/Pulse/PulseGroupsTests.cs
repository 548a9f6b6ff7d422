using Sujuva.Web.Features;
using Sujuva.Web.Features.Pulse;

namespace Sujuva.IntegrationTests.Pulse;

/// <summary>k = 5 (METRICS.md §6): no group under five answers is shown, nor any total a hidden answer could be subtracted from.</summary>
public sealed class PulseGroupsTests
{
    private static readonly OrganisationId City = new(Guid.NewGuid());
    private static readonly OrganisationId County = new(Guid.NewGuid());
    private static readonly PulseWeek Week = new(2026, 10);

    private static TeamAnswers Team(string name, OrganisationId org, int answers) => new(new TeamId(Guid.NewGuid()), name, org,
        org == City ? "City" : "County", [.. Enumerable.Range(0, answers).Select(_ => PulseAnswer.Of(default, Week, 4, null, null))]);

    [Fact]
    public void Form_TeamOfFive_IsShownAlone()
    {
        var groups = PulseGroups.Form([Team("A", City, 5)]);

        Assert.Equal((PulseGroupKind.Team, "A", 5), (groups[0].Kind, groups[0].Name, groups[0].Answers.Count));
    }

    [Fact]
    public void Form_TeamOfFour_IsNeverShown()
    {
        var a = Team("A", City, 4);

        var groups = PulseGroups.Form([a, Team("B", City, 6)]);

        Assert.Equal("B", Assert.Single(groups).Name);
        Assert.DoesNotContain(groups, g => g.Teams.Contains(a.TeamId));
    }

    [Fact]
    public void Form_SmallTeamsOfOneOrganisation_PoolWhenTogetherFive()
    {
        var groups = PulseGroups.Form([Team("A", County, 3), Team("B", County, 2), Team("C", City, 7)]);

        var pooled = Assert.Single(groups, g => g.Kind == PulseGroupKind.OtherTeamsOfOrganisation);
        Assert.Equal(("County", 5, 2), (pooled.Name, pooled.Answers.Count, pooled.Teams.Count));
    }

    [Fact]
    public void Form_SmallPoolsOfSeveralOrganisations_PoolAcrossTheNetwork()
    {
        var groups = PulseGroups.Form([Team("A", County, 3), Team("B", City, 2), Team("C", City, 9)]);

        var network = Assert.Single(groups, g => g.Kind == PulseGroupKind.OtherTeamsOfNetwork);
        Assert.Equal(5, network.Answers.Count);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Form_NetworkPoolUnderFive_IsHiddenAndNoTotalIncludesIt()
    {
        var groups = PulseGroups.Form([Team("A", County, 2), Team("B", City, 2), Team("C", City, 9)]);

        Assert.Equal(9, Assert.Single(groups).Answers.Count);
    }

    [Fact]
    public void Form_NoAnswers_NoGroups() => Assert.Empty(PulseGroups.Form([Team("A", City, 0)]));
}
