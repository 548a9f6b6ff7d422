extern alias web;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using web::Sujuva.Web.Data;
using web::Sujuva.Web.Features;
using web::Sujuva.Web.Features.Auth;
using web::Sujuva.Web.Features.Boards;
using web::Sujuva.Web.Features.Cases;
using web::Sujuva.Web.Features.Clients;
using web::Sujuva.Web.Features.Network;
using web::Sujuva.Web.Platform;

namespace Sujuva.Benchmarks.Access;

/// <summary>A fresh database holding one team's service with 100 open cases, each a different client.</summary>
public sealed class AuditedListDatabase : IAsyncDisposable
{
    public const int Clients = 100;

    private readonly string? _folder;
    private readonly string? _postgresName;

    public string ConnectionString { get; }
    public ServiceId ServiceId { get; private set; }
    public CurrentUser Worker { get; private set; } = null!;

    private AuditedListDatabase(string connectionString, string? folder, string? postgresName)
    {
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    public static async Task<AuditedListDatabase> CreateAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("sujuva-bench-audit-").FullName;
            return new($"Data Source={Path.Combine(folder, "sujuva.db")}", folder, null);
        }
        var server = Environment.GetEnvironmentVariable("SUJUVA_BENCH_POSTGRES")!;
        var name = $"sujuva_bench_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, name);
    }

    public async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        var by = new UserId(Guid.CreateVersion7());
        var at = DateTime.UtcNow;
        var organisation = Organisation.Create("Kaupunki", null, null, by, at);
        var team = Team.Create(organisation.Id, "Tiimi", by, at);
        var (service, _) = Service.Create(team, "Valmennus", [new StageSpec("Jono", StageKind.Waiting)], by, at);
        db.AddRange(organisation, team, service!);
        for (var i = 0; i < Clients; i++)
        {
            var client = Client.Register(by, at);
            db.Add(client);
            db.Add(new ClientPersonalData(client.Id, "Etu" + i, "Suku" + i, null, null, "Joensuu", null, null));
            db.Add(Case.Open(client, service!, null, null, by, at).Case!);
        }
        await db.SaveChangesAsync();
        ServiceId = service!.Id;
        Worker = new CurrentUser(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, by.Value.ToString()), new Claim(ClaimTypes.Role, Roles.Worker),
            new Claim(CurrentUser.TeamClaim, team.Id.Value.ToString()),
        ], "bench")));
    }

    public Task<List<ClientId>> OpenCaseClientsAsync(SujuvaDb db) =>
        db.Cases.AsNoTracking().Where(c => c.ServiceId == ServiceId && c.ClosedAt == null)
            .Select(c => c.ClientId).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("SUJUVA_BENCH_POSTGRES"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
