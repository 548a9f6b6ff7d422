using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Sujuva.Web.Data;

namespace Sujuva.Web.Tests.Data;

public sealed class SqliteCheckpointerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The writer never checkpoints (wal_autocheckpoint=0), so its rows reach the database file only
    /// when the checkpointer copies the log there.
    /// </summary>
    [Fact]
    public async Task Checkpointer_WritesOnlyInLog_CopiesThemIntoDatabaseFile()
    {
        var folder = Directory.CreateTempSubdirectory("sujuva-checkpoint-");
        var file = Path.Combine(folder.FullName, "test.db");
        var connectionString = $"Data Source={file};Pooling=False";
        try
        {
            await using (var writer = new SqliteConnection(connectionString))
            {
                await writer.OpenAsync(Ct);
                await Execute(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (b BLOB);");
                for (var i = 0; i < 200; i++) await Execute(writer, "INSERT INTO t VALUES (randomblob(8192));");
                var before = new FileInfo(file).Length;
                Assert.True(before < 100_000, $"database file is {before} bytes before any checkpoint");

                using var checkpointer = new SqliteCheckpointer(connectionString, NullLogger<SqliteCheckpointer>.Instance);
                await checkpointer.StartAsync(Ct);
                var copied = await WaitUntil(() => new FileInfo(file).Length > 1_600_000, TimeSpan.FromSeconds(10));
                await checkpointer.StopAsync(Ct);

                Assert.True(copied, $"database file is {new FileInfo(file).Length} bytes after checkpoints");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<bool> WaitUntil(Func<bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!done() && DateTime.UtcNow < until) await Task.Delay(50, Ct);
        return done();
    }
}
