using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Tests.Access;

public sealed class AuditAppendOnlyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<SqliteSujuvaDb> DatabaseWithOneEntryAsync(SqliteConnection connection)
    {
        var db = new SqliteSujuvaDb(new DbContextOptionsBuilder<SqliteSujuvaDb>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync(Ct);
        db.AuditEntries.Add(new AuditEntry(AuditKind.PersonalDataRead, new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc),
            new UserId(Guid.NewGuid()), new ClientId(Guid.NewGuid()), ["FirstName"], new CaseId(Guid.NewGuid())));
        await db.SaveChangesAsync(Ct);
        return db;
    }

    [Fact]
    public async Task SaveChanges_EntryModified_Throws()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        await using var db = await DatabaseWithOneEntryAsync(connection);
        var entry = await db.AuditEntries.SingleAsync(Ct);

        db.Entry(entry).Property(e => e.Fields).CurrentValue = "Nothing";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task SaveChanges_EntryDeleted_Throws()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        await using var db = await DatabaseWithOneEntryAsync(connection);

        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(Ct));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        Assert.Equal(1, await db.AuditEntries.AsNoTracking().CountAsync(Ct));
    }

    [Fact]
    public void View_FieldsOfEntry_SplitIntoNames()
    {
        var entry = new AuditEntry(AuditKind.PersonalDataRead, DateTime.UnixEpoch, null, fields: ["FirstName", "LastName"]);

        Assert.Equal(["FirstName", "LastName"], AuditEntryView.From(entry).Fields);
    }
}
