using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Data;
using Sujuva.Web.Data.DemoNetwork;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a fresh database holding the small fixture network, reached over in-memory HTTP: the one test
/// app of this suite. What a group of tests needs beyond it is an option of <see cref="StartAsync"/>
/// (see Access/AccessSetup and Feedback/FeedbackSetup), not another factory.
/// </summary>
public sealed partial class SujuvaApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly FreshDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly FakeTimeProvider? _clock;

    public string Provider => _database.Provider;
    public Given Given { get; }

    private SujuvaApp(WebApplicationFactory<Program> factory, FreshDatabase database, bool ownsDatabase, FakeTimeProvider? clock)
    {
        _factory = factory;
        _database = database;
        _ownsDatabase = ownsDatabase;
        _clock = clock;
        Given = new Given(this);
    }

    /// <param name="seedFixture">Write <paramref name="network"/> (default: the fixture network) to the fresh database.</param>
    /// <param name="seedDemo">The app seeds the full default demo on start, as on a first real start.</param>
    /// <param name="settings">Extra configuration, e.g. a sign-in rate limit for tests that sign in many times.</param>
    /// <param name="web">More host set-up, e.g. a log capture.</param>
    /// <param name="database">One the caller keeps (e.g. for the app as its own process afterwards); else a fresh one this app drops.</param>
    /// <param name="network">A network to seed instead of the fixture network.</param>
    /// <param name="clock">The app's time, for tests that move it (<see cref="Clock"/>); else the system clock.</param>
    /// <param name="remoteAddress">The address requests come from, as Kestrel reports it; the in-memory server leaves it empty.</param>
    public static async Task<SujuvaApp> StartAsync(string provider, bool seedFixture = true, bool seedDemo = false,
        IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? web = null,
        FreshDatabase? database = null, SimulatedNetwork? network = null, FakeTimeProvider? clock = null,
        IPAddress? remoteAddress = null)
    {
        var ownsDatabase = database is null;
        database ??= await FreshDatabase.CreateAsync(provider);
        var configure = web;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", provider);
            web.UseSetting("ConnectionStrings:Sujuva", database.ConnectionString);
            web.UseSetting("Demo:Seed", seedDemo ? "true" : "false");
            web.UseSetting("Demo:Password", FixtureNetwork.Password);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // EF logs its migration probe of a fresh database as an error; it is expected there.
            web.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
            web.ConfigureTestServices(services =>
            {
                if (clock is not null) services.AddSingleton<TimeProvider>(clock);
                if (remoteAddress is not null) services.AddSingleton<IStartupFilter>(new RemoteAddress(remoteAddress));
            });
            configure?.Invoke(web);
        });
        var app = new SujuvaApp(factory, database, ownsDatabase, clock);
        _ = factory.Server;  // starts the host: migrations run here
        if (seedFixture && !seedDemo)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                .WriteAsync(network ?? FixtureNetwork.Create(), TestContext.Current.CancellationToken);
        }
        return app;
    }

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>Authenticator keys of the users enrolled so far (administrators must be), by e-mail.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new();

    /// <summary>The app's services, for tests that arrange what the API cannot (a clock, a lockout).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The clock the app was started with, for the test to move.</summary>
    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException("Start the app with a clock to move it.");

    /// <summary>A fresh sign-in through the API (tokens expire when a clock moves on).</summary>
    /// <remarks>Administrators sign in with an authenticator code, enrolled on their first sign-in.</remarks>
    public async Task<HttpClient> SignInAsync(string workerKey)
    {
        var client = _factory.CreateClient();
        await Auth.AccountSteps.SignInAsync(client, FixtureNetwork.Email(workerKey), FixtureNetwork.Password, AuthenticatorKeys);
        return client;
    }

    /// <summary>A browser-like client signed in through the sign-in page (cookie), for reading rendered pages.</summary>
    public async Task<HttpClient> SignInToPagesAsync(string workerKey)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/login", ct);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = antiforgery,
            ["Input.Email"] = FixtureNetwork.Email(workerKey), ["Input.Password"] = FixtureNetwork.Password,
        }), ct);
        Assert.True(response.Headers.Contains("Set-Cookie"), "Signing in to the pages set no cookie.");
        return client;
    }

    /// <summary>Direct database access, only to arrange or read what the API cannot (rows of older versions).</summary>
    public async Task WithDbAsync(Func<SujuvaDb, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<SujuvaDb>());
    }

    /// <inheritdoc cref="WithDbAsync(Func{SujuvaDb, Task})"/>
    public async Task<T> WithDbAsync<T>(Func<SujuvaDb, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SujuvaDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase) await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The in-memory test server leaves the remote address empty; Kestrel always sets it.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
