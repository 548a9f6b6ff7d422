using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Dot votes: budgets by role (2 each and 4 for the Decider on "How might we", the heat map unlimited, the straw
/// poll 1, the super-vote the Decider's 3 only), over budget 422 naming dots; anonymous until the facilitator reveals
/// the round, then the tally with the Decider's super-vote marked; a revealed round takes no more dots.
/// </summary>
public sealed class SprintVoteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Votes_BudgetsByRole_AnonymousUntilRevealed_SuperVoteMarked(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: SprintTeam.Settings);
        var team = await SprintTeam.StartAsync(app);
        var a = (await team.NoteAsync(team.Coach, "Miten voisimme lyhentää jonoa?")).GetProperty("id").GetGuid();
        var b = (await team.NoteAsync(team.Instructor, "Miten voisimme muistuttaa ajasta?")).GetProperty("id").GetGuid();
        var expert = (await team.NoteAsync(team.Instructor, "Jono on kolme viikkoa", "ExpertInterview")).GetProperty("id").GetGuid();

        // "How might we": the coach 2 dots, the Decider 4.
        await Ok(team.VoteAsync(team.Coach, "HowMightWe", a));
        await Ok(team.VoteAsync(team.Coach, "HowMightWe", b));
        var coachOver = await team.VoteAsync(team.Coach, "HowMightWe", a);
        await Ok(team.VoteAsync(team.Decider, "HowMightWe", a, 3));
        var deciderOver = await team.VoteAsync(team.Decider, "HowMightWe", b, 2);
        await Ok(team.VoteAsync(team.Decider, "HowMightWe", b));
        var onExpertNote = await team.VoteAsync(team.Instructor, "HowMightWe", expert);
        var unknownTarget = await team.VoteAsync(team.Instructor, "HowMightWe", Guid.NewGuid());
        var byOutsider = await team.VoteAsync(team.Outsider, "HowMightWe", a);
        var instructorVote = await Ok(team.VoteAsync(team.Instructor, "HowMightWe", b));
        var withdrawn = await Ok(team.Instructor.PostAsync(team.Url($"/votes/{instructorVote.GetProperty("mine")[0].GetProperty("id").GetGuid()}/withdraw"), null, Ct));
        var othersVote = await team.Coach.PostAsync(team.Url($"/votes/{(await team.RoundAsync(team.Decider, "HowMightWe")).GetProperty("mine")[0].GetProperty("id").GetGuid()}/withdraw"), null, Ct);
        await Ok(team.VoteAsync(team.Instructor, "HowMightWe", a));
        var coachBefore = await team.RoundAsync(team.Coach, "HowMightWe");
        var outsiderBefore = await team.RoundAsync(team.Outsider, "HowMightWe");

        // Heat map unlimited; straw poll 1 each; the super-vote the Decider's 3.
        await Ok(team.VoteAsync(team.Coach, "HeatMap", a, 20));
        await Ok(team.VoteAsync(team.Coach, "HeatMap", a, 20));
        var tooManyAtOnce = await team.VoteAsync(team.Coach, "HeatMap", a, 21);
        await Ok(team.VoteAsync(team.Coach, "StrawPoll", b));
        var strawOver = await team.VoteAsync(team.Coach, "StrawPoll", a);
        var superByCoach = await team.VoteAsync(team.Coach, "SuperVote", a);
        var superByFacilitator = await team.VoteAsync(team.Facilitator, "SuperVote", a);
        await Ok(team.VoteAsync(team.Decider, "SuperVote", b, 2));
        await Ok(team.VoteAsync(team.Decider, "SuperVote", a));
        var superOver = await team.VoteAsync(team.Decider, "SuperVote", a);

        var revealByCoach = await team.Coach.PostAsJsonAsync(team.Url("/votes/rounds/HowMightWe/reveal"), new { version = await team.VersionAsync() }, Ct);
        var revealStale = await team.Facilitator.PostAsJsonAsync(team.Url("/votes/rounds/HowMightWe/reveal"), new { version = 999 }, Ct);
        var revealed = await Ok(team.Facilitator.PostAsJsonAsync(team.Url("/votes/rounds/HowMightWe/reveal"), new { version = await team.VersionAsync() }, Ct));
        var afterReveal = await team.VoteAsync(team.Coach, "HowMightWe", a);
        await Ok(team.Facilitator.PostAsJsonAsync(team.Url("/votes/rounds/SuperVote/reveal"), new { version = await team.VersionAsync() }, Ct));
        var outsiderAfter = await team.RoundAsync(team.Outsider, "HowMightWe");
        var strawUnrevealed = await team.RoundAsync(team.Outsider, "StrawPoll");
        var superTally = await team.RoundAsync(team.Coach, "SuperVote");

        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(coachOver));
        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(deciderOver));
        Assert.Equal((422, "targetId", "Sprints.VoteOnHowMightWe"), await Problem(onExpertNote));
        Assert.Equal((400, "targetId", "Sprints.UnknownVoteTarget"), await Problem(unknownTarget));
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(0, withdrawn.GetProperty("dotsUsed").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, othersVote.StatusCode);
        // Before the reveal: only one's own dots and how many have voted.
        Assert.Equal((2, 2, 3, false), (coachBefore.GetProperty("budget").GetInt32(), coachBefore.GetProperty("dotsUsed").GetInt32(),
            coachBefore.GetProperty("voters").GetInt32(), coachBefore.GetProperty("revealed").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, coachBefore.GetProperty("tally").ValueKind);
        Assert.Equal((0, 0, 3), (outsiderBefore.GetProperty("budget").GetInt32(), outsiderBefore.GetProperty("mine").GetArrayLength(),
            outsiderBefore.GetProperty("voters").GetInt32()));
        Assert.Equal((400, "dots", "Sprints.DotsPerCast"), await Problem(tooManyAtOnce));
        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(strawOver));
        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(superByCoach));
        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(superByFacilitator));
        Assert.Equal((422, "dots", "Sprints.OverBudget"), await Problem(superOver));
        Assert.Equal(HttpStatusCode.Forbidden, revealByCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, revealStale.StatusCode);
        Assert.True(revealed.GetProperty("revealed").GetBoolean());
        Assert.Equal((422, "round", "Sprints.RoundRevealed"), await Problem(afterReveal));
        // After: the tally per target, with the super-vote's dots on each.
        Assert.Equal([(a, 5, 1), (b, 2, 2)], Tally(outsiderAfter));
        Assert.Equal(JsonValueKind.Null, strawUnrevealed.GetProperty("tally").ValueKind);
        Assert.Equal([(b, 2, 2), (a, 1, 1)], Tally(superTally));
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> response) => await SprintGiven.OkAsync(await response);

    private static async Task<(int, string, string)> Problem(HttpResponseMessage response)
    {
        var problem = await Given.ProblemAsync(response);
        return (problem.Status, problem.Errors.Keys.Single(), problem.Code);
    }

    private static List<(Guid, int, int)> Tally(JsonElement round) =>
        [.. round.GetProperty("tally").EnumerateArray().Select(t => (t.GetProperty("targetId").GetGuid(), t.GetProperty("dots").GetInt32(),
            t.GetProperty("superVotes").GetInt32()))];
}
