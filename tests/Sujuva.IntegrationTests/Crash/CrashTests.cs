using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Sujuva.Bench;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Crash;

/// <summary>
/// Issue 12: the app killed (SIGKILL) during moves, several times, and started again on the same database.
/// Every acknowledged move must be there, and every case's version and stage must agree with its events,
/// both as the app's own start-up check reports it (GET /health) and as the API shows it.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 4;
    private const int Writers = 8;
    private const int MovesPerRound = 40;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task KilledDuringMoves_KeepsEveryAcknowledgedMoveWithItsEvent(string provider)
    {
        var clock = Stopwatch.StartNew();
        await using var database = await FreshDatabase.CreateAsync(provider);
        await using (await SujuvaApp.StartAsync(provider, database: database)) { }  // migrated, fixture seeded

        var random = new Random(12);
        var acknowledged = new ConcurrentBag<AcknowledgedMove>();
        string? token = null;
        List<Guid> caseIds = [];
        (Guid Intake, Guid FollowUp) stages = default;
        for (var round = 0; ; round++)
        {
            AppProcess? app = await StartAsync(database);
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(30) };
                token ??= await SignInAsync(http);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                if (round == 0) (caseIds, stages) = await OpenCasesAsync(http);

                var health = await http.GetFromJsonAsync<HealthDto>("/health", Ct);
                Assert.Equal(0, health!.CaseEvents!.Disagreeing);
                var cases = await AssertAgreeAsync(http, caseIds, acknowledged);
                if (round == Kills) break;

                var before = acknowledged.Count;
                var load = MovesUntilKilled.RunAsync(http, cases,
                    c => c.StageId == stages.Intake ? stages.FollowUp : stages.Intake, acknowledged);
                // Killed once moves are flowing, not after a fixed time: a slow start on a loaded machine
                // would otherwise leave too few moves to say anything.
                await WaitForMovesAsync(acknowledged, before + MovesPerRound, load);
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 300)), Ct);
                await app.DisposeAsync();  // Process.Kill: SIGKILL, no shutdown
                app = null;
                await load;
            }
            finally
            {
                if (app is not null) await app.DisposeAsync();
            }
        }
        output.WriteLine($"{provider}: {acknowledged.Count} acknowledged moves, {Kills} kills, {clock.Elapsed.TotalSeconds:F0} s");
        Assert.True(acknowledged.Count >= Kills * MovesPerRound, $"only {acknowledged.Count} moves acknowledged");
    }

    private static async Task WaitForMovesAsync(ConcurrentBag<AcknowledgedMove> acknowledged, int count, Task load)
    {
        var limit = Stopwatch.StartNew();
        while (acknowledged.Count < count)
        {
            if (load.IsCompleted)
            {
                await load;  // a writer's refusal surfaces here
                Assert.Fail($"the writers stopped after {acknowledged.Count} of {count} moves with the app still running");
            }
            Assert.True(limit.Elapsed < TimeSpan.FromSeconds(90), $"only {acknowledged.Count} of {count} moves in 90 s");
            await Task.Delay(10, Ct);
        }
    }

    /// <summary>Every case's version is one plus its moves, its stage its last move's; every acknowledged move is one of them.</summary>
    private static async Task<List<CaseDto>> AssertAgreeAsync(HttpClient http, List<Guid> caseIds,
        IEnumerable<AcknowledgedMove> acknowledged)
    {
        var events = new List<EventDto>();
        for (long after = 0; ;)
        {
            var page = await Given.EventsAfterAsync(http, after);
            events.AddRange(page.Events);
            if (page.Next is not { } next) break;
            after = next;
        }
        var moves = events.Where(e => e.Type == "CaseMoved" && e.CaseId is not null)
            .GroupBy(e => e.CaseId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).ToList());
        var cases = new List<CaseDto>();
        foreach (var id in caseIds)
        {
            var @case = (await http.GetFromJsonAsync<CaseDto>($"/api/cases/{id}"))!;
            var logged = moves.GetValueOrDefault(id) ?? [];
            Assert.Equal(1 + logged.Count, @case.Version);
            if (logged.Count > 0) Assert.Equal(logged[^1].StageId, @case.StageId);
            cases.Add(@case);
        }
        foreach (var move in acknowledged)
        {
            var logged = moves.GetValueOrDefault(move.CaseId) ?? [];
            Assert.True(logged.Count >= move.Version - 1, $"acknowledged move to version {move.Version} of {move.CaseId} is lost");
            Assert.Equal(move.StageId, logged[move.Version - 2].StageId);
        }
        return cases;
    }

    private static async Task<string> SignInAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login",
            new { email = FixtureNetwork.Email(FixtureNetwork.Coach), password = FixtureNetwork.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenDto>())!.AccessToken;
    }

    /// <summary>A case per writer in the coaching service's Intake; moves between Intake and Follow-up have no WIP limit.</summary>
    private static async Task<(List<Guid>, (Guid, Guid))> OpenCasesAsync(HttpClient http)
    {
        var service = await Given.ServiceAsync(http, FixtureNetwork.CoachingService);
        var ids = new List<Guid>();
        for (var i = 0; i < Writers; i++)
        {
            var client = await (await http.PostAsJsonAsync("/api/clients", new { firstName = "Kaatuva", lastName = $"Asiakas{i}" }))
                .Content.ReadFromJsonAsync<IdDto>();
            var opened = await http.PostAsJsonAsync("/api/cases", new { clientId = client!.Id, serviceId = service.Id });
            ids.Add((await opened.Content.ReadFromJsonAsync<CaseDto>())!.Id);
        }
        return (ids, (service.Stages[0].Id, service.Stages[2].Id));
    }

    private static Task<AppProcess> StartAsync(FreshDatabase database) =>
        AppProcess.StartAsync(AppDll(), $"http://127.0.0.1:{FreePort()}", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Sujuva"] = database.ConnectionString,
            ["Demo__Seed"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        }, TimeSpan.FromSeconds(90));

    /// <summary>The web project's own build output, of the configuration this test was built in.</summary>
    private static string AppDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sujuva.slnx"))) dir = dir.Parent;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(dir!.FullName, "src", "Sujuva.Web", "bin", configuration, "net10.0", "Sujuva.Web.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
