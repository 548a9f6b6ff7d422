using Npgsql;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>A new, empty database: a temporary SQLite file or a uniquely named PostgreSQL database.</summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    public string Provider { get; }
    public string ConnectionString { get; }

    private FreshDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
    }

    public static async Task<FreshDatabase> CreateAsync(string provider)
    {
        if (provider == Databases.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("sujuva-test-").FullName;
            return new(provider, $"Data Source={Path.Combine(folder, "sujuva.db")}", folder, null);
        }

        var name = $"sujuva_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(Databases.PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(Databases.PostgresServer) { Database = name };
        return new(provider, builder.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteFolder, recursive: true); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Databases.PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
