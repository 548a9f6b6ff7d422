using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sujuva.Analytics.Simulation;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Data.DemoNetwork;

namespace Sujuva.IntegrationTests.Feedback;

/// <summary>
/// The app on a fresh database with the fixture network plus more people (for pulse groups of five),
/// a clock the test moves, and settings of its own (rate limits, link lifetime).
/// </summary>
public sealed partial class FeedbackApp : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly WebApplicationFactory<Program> _factory;
    private readonly FreshDatabase _database;
    private readonly Dictionary<string, string> _authenticatorKeys = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private FeedbackApp(WebApplicationFactory<Program> factory, FreshDatabase database) =>
        (_factory, _database) = (factory, database);

    public static async Task<FeedbackApp> StartAsync(string provider, IDictionary<string, string>? settings = null)
    {
        var database = await FreshDatabase.CreateAsync(provider);
        FeedbackApp? app = null;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", provider);
            web.UseSetting("ConnectionStrings:Sujuva", database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Demo:Password", FixtureNetwork.Password);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
            // Pulse tests sign in a whole team from one address; the sign-in limit is not what they test.
            web.UseSetting("Security:SignInPermitLimit", "10000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
            web.ConfigureServices(s => s.AddSingleton<TimeProvider>(app!.Clock));
        });
        app = new FeedbackApp(factory, database);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().WriteAsync(Network(), Ct);
        return app;
    }

    /// <summary>Employment: coach, lead, admin and w1–w4; rehab: instructor, manager, r1; outreach (county): o1–o3.</summary>
    public static SimulatedNetwork Network()
    {
        var fixture = FixtureNetwork.Create();
        static LocalisedName N(string fi) => new(fi, fi + " (sv)", fi + " (en)");
        return fixture with
        {
            Teams = [.. fixture.Teams, new SimTeam("outreach", "county", N("Etsivä tiimi"))],
            Workers =
            [
                .. fixture.Workers,
                .. Enumerable.Range(1, 4).Select(i => new SimWorker($"w{i}", "employment", "Työ", $"Tekijä{i}", SimRole.Worker)),
                new SimWorker("r1", "rehab", "Riitta", "Ohjaaja", SimRole.Worker),
                new SimWorker("dev", "rehab", "Kehittäjä", "Kaisa", SimRole.Developer),
                .. Enumerable.Range(1, 3).Select(i => new SimWorker($"o{i}", "outreach", "Etsivä", $"Työntekijä{i}", SimRole.Worker)),
            ],
        };
    }

    public HttpClient Anonymous() => _factory.CreateClient();

    public async Task<HttpClient> SignInAsync(string workerKey)
    {
        // Administrators sign in with an authenticator code, enrolled on their first sign-in.
        var client = _factory.CreateClient();
        await Auth.AccountSteps.SignInAsync(client, FixtureNetwork.Email(workerKey), FixtureNetwork.Password, _authenticatorKeys);
        return client;
    }

    /// <summary>A browser-like client signed in through the sign-in page (cookie), for reading rendered pages.</summary>
    public async Task<HttpClient> SignInToPagesAsync(string workerKey)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/login", Ct);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = antiforgery,
            ["Input.Email"] = FixtureNetwork.Email(workerKey), ["Input.Password"] = FixtureNetwork.Password,
        }), Ct);
        Assert.True(response.Headers.Contains("Set-Cookie"), "Signing in to the pages set no cookie.");
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<SujuvaDb, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SujuvaDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
