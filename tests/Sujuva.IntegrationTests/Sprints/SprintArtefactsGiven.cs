using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>A sprint with its people signed in, for the artefact tests: the Manager decides, the Lead facilitates, the Coach takes part.</summary>
public sealed record ArtefactTeam(SujuvaApp App, HttpClient Decider, HttpClient Facilitator, HttpClient Participant, HttpClient Outsider,
    Guid SprintId, ServiceDto Service)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The fixture network on a clock that stands still unless moved, so two reads of figures agree.</summary>
    public static async Task<ArtefactTeam> StartAsync(string provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = await SujuvaApp.StartAsync(provider, settings: settings,
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero)));
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var sprint = await SprintGiven.CreateAsync(manager, await SprintGiven.MeAsync(manager), await SprintGiven.MeAsync(lead),
            [await SprintGiven.MeAsync(coach)], [coaching.Id]);
        return new ArtefactTeam(app, manager, lead, coach, instructor, sprint.GetProperty("id").GetGuid(), coaching);
    }

    public async Task<JsonElement> ContentAsync() =>
        await SprintGiven.OkAsync(await Participant.GetAsync($"/api/sprints/{SprintId}/content", Ct));

    /// <summary>Writes the questions (and nothing else) as the given member; returns the content.</summary>
    public async Task<JsonElement> QuestionsAsync(HttpClient by, params string[] questions)
    {
        var content = await ContentAsync();
        return await SprintGiven.OkAsync(await by.PutAsJsonAsync($"/api/sprints/{SprintId}/content", new
        {
            version = content.GetProperty("version").GetInt32(), questions = questions.Select(q => new { text = q }).ToArray(),
        }, Ct));
    }
}
