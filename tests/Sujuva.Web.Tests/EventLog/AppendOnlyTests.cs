using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.EventLog;

public sealed class AppendOnlyTests
{
    private static async Task<SqliteSujuvaDb> DatabaseWithOneEventAsync(SqliteConnection connection)
    {
        var db = new SqliteSujuvaDb(new DbContextOptionsBuilder<SqliteSujuvaDb>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        db.Add(Board.Client());
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return db;
    }

    [Fact]
    public async Task SaveChanges_EventModified_Throws()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = await DatabaseWithOneEventAsync(connection);
        var e = await db.Events.SingleAsync(TestContext.Current.CancellationToken);

        db.Entry(e).Property(x => x.Type).CurrentValue = "Tampered";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveChanges_EventDeleted_Throws()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = await DatabaseWithOneEventAsync(connection);

        db.Events.Remove(await db.Events.SingleAsync(TestContext.Current.CancellationToken));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveChanges_NewEntity_AppendsItsEventInTheSameSave()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = await DatabaseWithOneEventAsync(connection);

        var e = await db.Events.SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EventTypes.ClientRegistered, e.Type);
        Assert.Equal(DateTimeKind.Utc, e.At.Kind);
    }
}
