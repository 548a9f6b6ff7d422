using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data;

/// <summary>Database:Provider = Sqlite (default, data/sujuva.db under the content root) or Postgres.</summary>
public static class DatabaseSetup
{
    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSujuvaDatabase(this IServiceCollection services, IConfiguration config,
        IHostEnvironment env)
    {
        services.AddSingleton<CaseEventAgreementResult>();
        var connectionString = config.GetConnectionString("Sujuva");
        if (IsPostgres(config))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Sujuva is not set.");
            services.AddDbContextPool<SujuvaDb, PostgresSujuvaDb>(o =>
                o.UseNpgsql(PostgresConnection.WithAppDefaults(connectionString)));
            return services;
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(env.ContentRootPath, "data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "sujuva.db")}";
        }
        services.AddDbContextPool<SujuvaDb, SqliteSujuvaDb>(o =>
            o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        services.AddHostedService(sp => new SqliteCheckpointer(connectionString, sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
        return services;
    }

    /// <summary>Applies the committed migrations of the configured provider.</summary>
    public static async Task MigrateAsync(SujuvaDb db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
