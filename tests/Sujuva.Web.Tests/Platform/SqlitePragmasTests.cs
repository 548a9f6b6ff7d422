using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Tests.Platform;

/// <summary>The per-connection settings hold on every open of a pooled connection, though they are sent once.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sujuva-pragmas-").FullName;

    [Fact]
    public async Task Open_PooledConnectionReopened_KeepsSettings()
    {
        var options = new DbContextOptionsBuilder<SqliteSujuvaDb>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "p.db")};Pooling=True")
            .AddInterceptors(new SqlitePragmas()).Options;

        for (var open = 0; open < 3; open++)
        {
            await using var db = new SqliteSujuvaDb(options);
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal(1L, Scalar(connection, "PRAGMA synchronous"));
            Assert.Equal(5000L, Scalar(connection, "PRAGMA busy_timeout"));
            Assert.Equal(10000L, Scalar(connection, "PRAGMA wal_autocheckpoint"));
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task Open_UnpooledConnections_EachGetSettings()
    {
        var options = new DbContextOptionsBuilder<SqliteSujuvaDb>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "u.db")};Pooling=False")
            .AddInterceptors(new SqlitePragmas()).Options;

        for (var open = 0; open < 2; open++)
        {
            await using var db = new SqliteSujuvaDb(options);
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1L, Scalar((SqliteConnection)db.Database.GetDbConnection(), "PRAGMA synchronous"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
