using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data.DemoNetwork;

namespace Sujuva.IntegrationTests.Access;

/// <summary>
/// The app on a fresh fixture database like SujuvaApp, with a clock the test moves (for the grace
/// period) and requests arriving from a known address, as Kestrel would report it.
/// </summary>
public sealed class AccessApp : IAsyncDisposable
{
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    private readonly WebApplicationFactory<Program> _factory;
    private readonly FreshDatabase _database;
    private readonly Dictionary<string, string> _authenticatorKeys = [];

    public FakeTimeProvider Clock { get; }

    private AccessApp(WebApplicationFactory<Program> factory, FreshDatabase database, FakeTimeProvider clock)
    {
        _factory = factory;
        _database = database;
        Clock = clock;
    }

    public static async Task<AccessApp> StartAsync(string provider)
    {
        var database = await FreshDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero))
        {
            AutoAdvanceAmount = TimeSpan.FromMilliseconds(1),
        };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", provider);
            web.UseSetting("ConnectionStrings:Sujuva", database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Demo:Password", FixtureNetwork.Password);
            web.UseSetting("Access:GraceDays", "30");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<IStartupFilter, RemoteAddress>();
            });
        });
        var app = new AccessApp(factory, database, clock);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
            .WriteAsync(FixtureNetwork.Create(), TestContext.Current.CancellationToken);
        return app;
    }

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>Direct database access, only to arrange what the API can no longer write (rows of older versions).</summary>
    public async Task WithDbAsync(Func<Sujuva.Web.Data.SujuvaDb, Task> arrange)
    {
        ArgumentNullException.ThrowIfNull(arrange);
        await using var scope = _factory.Services.CreateAsyncScope();
        await arrange(scope.ServiceProvider.GetRequiredService<Sujuva.Web.Data.SujuvaDb>());
    }

    /// <summary>A fresh sign-in (tokens expire when the clock moves on).</summary>
    /// <remarks>Administrators sign in with an authenticator code, enrolled on their first sign-in.</remarks>
    public async Task<HttpClient> SignInAsync(string workerKey)
    {
        var client = _factory.CreateClient();
        await Auth.AccountSteps.SignInAsync(client, FixtureNetwork.Email(workerKey), FixtureNetwork.Password, _authenticatorKeys);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The in-memory test server leaves the remote address empty; Kestrel always sets it.</summary>
    private sealed class RemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= ClientAddress;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
