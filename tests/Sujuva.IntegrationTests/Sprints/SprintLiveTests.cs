using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// Live collaboration: two participants adding notes and dots to one exercise at once lose nothing (no 409, no 500,
/// every row there), one voter's parallel casts never together pass the budget, and a note reaches a subscriber of
/// the sprint's live feed (and not a subscriber of another sprint).
/// </summary>
public sealed class SprintLiveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task TwoParticipantsAtOnce_LoseNothing_BudgetHolds_NotesReachTheLiveFeed(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: SprintTeam.Settings);
        var team = await SprintTeam.StartAsync(app);
        var target = (await team.NoteAsync(team.Facilitator, "Miten voisimme lyhentää jonoa?")).GetProperty("id").GetGuid();
        var feed = app.Services.GetRequiredService<EventFeed>();
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherSprint = 0;
        using var subscription = feed.SubscribeSprint(team.Id, () => heard.TrySetResult());
        using var other = feed.SubscribeSprint(Guid.NewGuid(), () => Interlocked.Increment(ref otherSprint));

        // 2 participants × 20 notes and 20 heat-map dots, all at once.
        var writes = new[] { team.Coach, team.Instructor }.SelectMany((client, who) => Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            team.NoteAsyncRaw(client, $"Osallistuja {who} lappu {i}"),
            team.VoteAsync(client, "HeatMap", target),
        })).ToList();
        var responses = await Task.WhenAll(writes);
        // One voter's ten parallel casts against a budget of two: exactly two land.
        var budgetRace = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => team.VoteAsync(team.Coach, "HowMightWe", target)));
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var notes = await SprintGiven.OkAsync(await team.Outsider.GetAsync(team.Url("/notes?exercise=ExpertInterviews"), Ct));
        var coachRound = await team.RoundAsync(team.Coach, "HeatMap");
        var instructorRound = await team.RoundAsync(team.Instructor, "HeatMap");
        var hmw = await team.RoundAsync(team.Coach, "HowMightWe");

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        Assert.Equal(41, notes.GetArrayLength());
        Assert.Equal(40, notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()).Count(t => t!.StartsWith("Osallistuja", StringComparison.Ordinal)));
        Assert.Equal((20, 20, 2), (coachRound.GetProperty("dotsUsed").GetInt32(), instructorRound.GetProperty("dotsUsed").GetInt32(),
            coachRound.GetProperty("voters").GetInt32()));
        Assert.Equal(2, budgetRace.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(8, budgetRace.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(2, hmw.GetProperty("dotsUsed").GetInt32());
        Assert.Equal(0, Volatile.Read(ref otherSprint));
    }
}
