using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Data.DemoNetwork;

namespace Sujuva.IntegrationTests.Api;

public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Both requests carry the same version; only one may win, and only its event is logged.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_TwoConcurrentMovesOfOneCase_ExactlyOneWinsOtherGets409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        for (var round = 0; round < 10; round++)
        {
            var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
            var before = await Given.LastEventIdAsync(manager);
            var target = service.Stages[2].Id;

            var responses = await Task.WhenAll(
                coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = target, version = @case.Version }, Ct),
                lead.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = target, version = @case.Version }, Ct));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            var appended = (await Given.EventsAfterAsync(manager, before)).Events;
            var moved = Assert.Single(appended);
            Assert.Equal(("CaseMoved", @case.Id), (moved.Type, moved.CaseId!.Value));
            var now = await Given.CaseAsync(coach, @case.Id);
            Assert.Equal(@case.Version + 1, now.Version);
            await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
                new { stageId = @case.StageId, version = now.Version }, Ct);
        }
    }

    /// <summary>Two cases race for the last place in a stage with a WIP limit of 1: one moves, one is refused.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_TwoCasesRaceForLastPlace_OneMovesOtherGets422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        var (queue, assessment) = (rehab.Stages[0].Id, rehab.Stages[1].Id);
        // A client Rehab's team registered itself: a team opens cases only for clients it has a reason to hold.
        var client = (await (await instructor.PostAsJsonAsync("/api/clients", new { firstName = "Kai", lastName = "Kilpa" }, Ct))
            .Content.ReadFromJsonAsync<ClientIdDto>(Ct))!.Id;
        var cases = new List<CaseDto>();
        for (var i = 0; i < 2; i++)
            cases.Add((await (await instructor.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId = rehab.Id }, Ct))
                .Content.ReadFromJsonAsync<CaseDto>(Ct))!);

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(cases.Select(c => instructor.PostAsJsonAsync(
                $"/api/cases/{c.Id}/moves", new { stageId = assessment, version = c.Version }, Ct)));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.UnprocessableEntity);
            var board = await Given.BoardAsync(instructor, rehab.Id);
            Assert.Equal(1, board.Columns.Single(c => c.StageId == assessment).Count);
            var winner = await Given.CaseAsync(instructor, board.Columns.Single(c => c.StageId == assessment).Cards[0].CaseId);
            await instructor.PostAsJsonAsync($"/api/cases/{winner.Id}/moves", new { stageId = queue, version = winner.Version }, Ct);
            cases = [.. await Task.WhenAll(cases.Select(c => Given.CaseAsync(instructor, c.Id)))];
        }
    }

    /// <summary>
    /// PostgreSQL: a writer that took an event id first commits first. A move must wait for the
    /// event-log lock such a writer holds, or its higher id would show before the lower one and a
    /// reader's cursor would step over the lower one for good.
    /// </summary>
    [Fact]
    public async Task MoveCase_WhileAnEarlierWriterHoldsTheEventLog_IsLoggedOnlyAfterItCommits()
    {
        await using var database = await FreshDatabase.CreateAsync(Databases.Postgres);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", Databases.Postgres);
            web.UseSetting("ConnectionStrings:Sujuva", database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Demo:Password", FixtureNetwork.Password);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        });
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().WriteAsync(FixtureNetwork.Create(), Ct);
        var coach = await SignInAsync(factory, FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var before = await Given.LastEventIdAsync(coach);

        await using var writer = new NpgsqlConnection(database.ConnectionString);
        await writer.OpenAsync(Ct);
        await using var transaction = await writer.BeginTransactionAsync(Ct);
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresSujuvaDb.EventLogLock})", writer, transaction))
            await hold.ExecuteNonQueryAsync(Ct);
        await using var take = new NpgsqlCommand("""SELECT nextval(pg_get_serial_sequence('"Events"', 'Id'))""", writer, transaction);
        var earlierId = (long)(await take.ExecuteScalarAsync(Ct))!;
        var move = coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id, version = @case.Version }, Ct);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);

        Assert.False(move.IsCompleted, "the move did not wait for the earlier writer");
        Assert.Empty((await Given.EventsAfterAsync(coach, before)).Events);
        await transaction.CommitAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, (await move).StatusCode);
        var moved = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.True(moved.Id > earlierId, $"move logged as {moved.Id}, before the earlier writer's {earlierId}");
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string workerKey)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login",
            new { email = FixtureNetwork.Email(workerKey), password = FixtureNetwork.Password }, Ct);
        var token = await response.Content.ReadFromJsonAsync<Token>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record Token(string AccessToken);

    private sealed record ClientIdDto(Guid Id);
}
