using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// The demo's two sprints of the remote coaching team tell what the rest of the demo shows: one in person over four days,
/// one in eight half-days, both closed; their adoptions are the live weekly and monthly programmes, their test-further
/// decision the remote coaching experiment, and each reads as live and acted; dots within budgets and revealed; the test
/// grid's tally adds up to its cells, with the customers' own interviews marked.
/// </summary>
public sealed class DemoSprintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DemoSprints_AreClosed_AndTheirDecisionsAreTheLiveProgrammesAndTheRemoteExperiment(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var (sprints, votes, answers, templates, experiment) = await app.WithDbAsync(async db => (
            await db.Sprints.AsNoTracking().ToListAsync(Ct), await db.SprintVotes.AsNoTracking().ToListAsync(Ct),
            await db.Set<SprintTestAnswer>().AsNoTracking().ToListAsync(Ct),
            await db.ProgrammeTemplates.AsNoTracking().Select(t => t.Id.Value).ToListAsync(Ct),
            await db.Improvements.AsNoTracking().Where(i => i.Title.StartsWith("Valmennus etänä")).Select(i => i.Id.Value).SingleAsync(Ct)));
        Assert.Equal(2, sprints.Count);
        Assert.All(sprints, s => Assert.Equal(SprintStatus.Closed, s.Status));
        var inPerson = Assert.Single(sprints, s => s.Mode == SprintMode.InPerson);
        var halfDays = Assert.Single(sprints, s => s.Mode == SprintMode.HalfDays);
        Assert.Equal((4, 8), (inPerson.Sessions.Count, halfDays.Sessions.Count));
        Assert.True(inPerson.Ends < halfDays.Starts);

        foreach (var sprint in sprints)
        {
            Assert.InRange(sprint.Storyboard.Count, Sprint.MinStoryboard, Sprint.MaxStoryboard);
            Assert.Contains(sprint.Questions, q => q.ChosenByDecider);
            foreach (var group in votes.Where(v => v.SprintId == sprint.Id).GroupBy(v => (v.Round, v.VoterId)))
                Assert.True(group.Sum(v => v.Dots) <= (VoteBudget.Of(group.Key.Round, group.Key.VoterId == sprint.DeciderId) ?? int.MaxValue));
            Assert.All(votes.Where(v => v.SprintId == sprint.Id), v => Assert.Contains(v.Round, sprint.RevealedRounds));

            var cells = answers.Where(a => a.SprintId == sprint.Id).ToList();
            Assert.Equal(SprintTestAnswer.Interviews * sprint.Questions.Count(q => q.ChosenByDecider), cells.Count);
            Assert.Contains(cells, c => c.ByCustomer && c.AuthorId is null);
            Assert.Contains(cells, c => !c.ByCustomer && c.AuthorId is not null);
        }

        var reader = await app.SignInAsync("kaisa.pitkanen2");
        var adopted = await DecisionsAsync(reader, inPerson.Id.Value);
        Assert.Equal(2, adopted.Count);
        Assert.All(adopted, d => Assert.Equal("Adopt", d.GetProperty("kind").GetString()));
        Assert.Equal(templates.Order(), adopted.Select(d => d.GetProperty("link").GetProperty("programmeTemplateId").GetGuid()).Order());
        var tested = await DecisionsAsync(reader, halfDays.Id.Value);
        var further = Assert.Single(tested, d => d.GetProperty("kind").GetString() == "TestFurther");
        Assert.Equal(experiment, further.GetProperty("link").GetProperty("improvementId").GetGuid());
        var dropped = Assert.Single(tested, d => d.GetProperty("kind").GetString() == "Drop");
        Assert.False(string.IsNullOrWhiteSpace(dropped.GetProperty("reason").GetString()));
        Assert.All(adopted.Append(further), d => Assert.Equal((true, true),
            (d.GetProperty("now").GetProperty("live").GetBoolean(), d.GetProperty("now").GetProperty("acted").GetBoolean())));
    }

    private static async Task<List<JsonElement>> DecisionsAsync(HttpClient client, Guid sprint)
    {
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/sprints/{sprint}/decisions", Ct);
        return [.. view.GetProperty("decisions").EnumerateArray()];
    }
}
