using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.Web.Data.DemoNetwork;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>The app on a fresh database holding the small fixture network, reached over in-memory HTTP.</summary>
public sealed class SujuvaApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly FreshDatabase _database;
    private readonly bool _ownsDatabase;

    public string Provider => _database.Provider;
    public Given Given { get; }

    private SujuvaApp(WebApplicationFactory<Program> factory, FreshDatabase database, bool ownsDatabase)
    {
        _factory = factory;
        _database = database;
        _ownsDatabase = ownsDatabase;
        Given = new Given(this);
    }

    /// <summary>seedDemo: the app seeds the full default demo on start, as on a first real start.</summary>
    /// <summary>settings: extra configuration, e.g. a sign-in rate limit for tests that sign in many times; web: more host set-up, e.g. a log capture.</summary>
    /// <summary>database: one the caller keeps (e.g. for the app as its own process afterwards); else a fresh one this app drops.</summary>
    public static async Task<SujuvaApp> StartAsync(string provider, bool seedFixture = true, bool seedDemo = false,
        IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? web = null,
        FreshDatabase? database = null)
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
            configure?.Invoke(web);
        });
        var app = new SujuvaApp(factory, database, ownsDatabase);
        _ = factory.Server;  // starts the host: migrations run here
        if (seedFixture && !seedDemo)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                .WriteAsync(FixtureNetwork.Create(), TestContext.Current.CancellationToken);
        }
        return app;
    }

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>Authenticator keys of the users enrolled so far (administrators must be), by e-mail.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new();

    /// <summary>The app's services, for tests that arrange what the API cannot (a clock, a lockout).</summary>
    public IServiceProvider Services => _factory.Services;

    public async Task<HttpClient> SignInAsync(string workerKey)
    {
        var client = _factory.CreateClient();
        await Auth.AccountSteps.SignInAsync(client, FixtureNetwork.Email(workerKey), FixtureNetwork.Password, AuthenticatorKeys);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase) await _database.DisposeAsync();
    }
}
