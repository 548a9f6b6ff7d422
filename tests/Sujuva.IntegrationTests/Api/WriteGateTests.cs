using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Feedback;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;

namespace Sujuva.IntegrationTests.Api;

/// <summary>
/// On SQLite every write of the app passes one write gate (SujuvaDb.BeginWriteAsync), so a writer waits its
/// turn instead of meeting "database is locked". Here a write holds the gate for longer than SQLite's own
/// busy wait (busy_timeout, 5 s) and the connection's busy retries are cut to one second: a feedback answer,
/// a pulse answer and a case move started meanwhile fail with "database is locked" unless they queue on the
/// gate, and then all succeed once it is released.
/// </summary>
public sealed class WriteGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_WhileAnotherWriteHoldsTheGate_WaitTheirTurnAndSucceed()
    {
        await using var database = await FreshDatabase.CreateAsync(Databases.Sqlite);
        await using var app = await FeedbackSetup.StartAsync(Databases.Sqlite,
            new Dictionary<string, string> { ["ConnectionStrings:Sujuva"] = database.ConnectionString + ";Default Timeout=1" },
            database);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (_, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;
        var card = (await Given.BoardAsync(coach, service.Id)).Columns
            .Where(c => c.StageId != followUp).SelectMany(c => c.Cards).First();

        Task<HttpResponseMessage>[] writes;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var held = await scope.ServiceProvider.GetRequiredService<SujuvaDb>().BeginWriteAsync(Ct);
            writes =
            [
                FeedbackGiven.AnswerAsync(app.Anonymous(),
                    FeedbackGiven.TokenOf(link), new { rating = 5 }),
                coach.PostAsJsonAsync("/api/pulse", new { teamId = service.TeamId, jobSatisfaction = 4 }, Ct),
                coach.PostAsJsonAsync($"/api/cases/{card.CaseId}/moves", new { stageId = followUp, version = card.Version }, Ct),
            ];
            await Task.Delay(TimeSpan.FromSeconds(6), Ct);
            Assert.All(writes, w => Assert.False(w.IsCompleted, "A write ran beside the held write gate."));
        }

        var statuses = (await Task.WhenAll(writes)).Select(r => r.StatusCode).ToList();
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.OK], statuses);
    }
}
