namespace Sujuva.Web.Features.Pulse;

/// <summary>A team's pulse answers of one period, with the organisation it belongs to.</summary>
public sealed record TeamAnswers(TeamId TeamId, string TeamName, OrganisationId OrganisationId, string OrganisationName,
    IReadOnlyList<PulseAnswer> Answers);

public enum PulseGroupKind
{
    Team,
    OtherTeamsOfOrganisation,
    OtherTeamsOfNetwork,
}

/// <summary>Answers shown together: one team, or small teams pooled upward. Name is the team's or organisation's.</summary>
public sealed record PulseGroup(PulseGroupKind Kind, string? Name, IReadOnlyList<TeamId> Teams, IReadOnlyList<PulseAnswer> Answers);

/// <summary>
/// Forms the groups of one period so that no figure rests on fewer than k = 5 answers (METRICS.md §6)
/// and none can be recovered by subtraction: a team with k or more answers is its own group; smaller
/// teams pool by organisation, then pools still under k pool across the network; a pool still under
/// k is never shown, and no total that includes hidden answers is shown either. Filters only choose
/// among these groups, so no filter can narrow a group below k.
/// </summary>
public static class PulseGroups
{
    public const int MinimumAnswers = 5;

    public static IReadOnlyList<PulseGroup> Form(IEnumerable<TeamAnswers> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var groups = new List<PulseGroup>();
        var small = new List<TeamAnswers>();
        foreach (var t in teams.Where(t => t.Answers.Count > 0).OrderBy(t => t.TeamName, StringComparer.Ordinal))
        {
            if (t.Answers.Count >= MinimumAnswers) groups.Add(new(PulseGroupKind.Team, t.TeamName, [t.TeamId], t.Answers));
            else small.Add(t);
        }

        var leftOver = new List<TeamAnswers>();
        foreach (var org in small.GroupBy(t => (t.OrganisationId, t.OrganisationName)).OrderBy(g => g.Key.OrganisationName, StringComparer.Ordinal))
        {
            var pooled = Pool(PulseGroupKind.OtherTeamsOfOrganisation, org.Key.OrganisationName, [.. org]);
            if (pooled.Answers.Count >= MinimumAnswers) groups.Add(pooled);
            else leftOver.AddRange(org);
        }

        var network = Pool(PulseGroupKind.OtherTeamsOfNetwork, null, leftOver);
        if (network.Answers.Count >= MinimumAnswers) groups.Add(network);
        return groups;
    }

    private static PulseGroup Pool(PulseGroupKind kind, string? name, List<TeamAnswers> teams) =>
        new(kind, name, [.. teams.Select(t => t.TeamId)], [.. teams.SelectMany(t => t.Answers)]);
}
