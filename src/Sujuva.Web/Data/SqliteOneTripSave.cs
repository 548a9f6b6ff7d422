using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// SQLite's form of a one-trip save (<see cref="OneTripSave"/>, <see cref="PostgresOneTripSave"/>): one command that updates the row only if its concurrency
/// tokens still hold and appends its events only if it did (changes() is the row count of the UPDATE just
/// before), inside one explicit transaction. Microsoft.Data.Sqlite runs a command's statements one by one,
/// and without a transaction each commits on its own: a crash between them kept a case's new version
/// without its event (issue 12). BEGIN IMMEDIATE takes the write lock at once, as the write gate means no
/// writer of this process waits on it. It is held under the write gate, and EF's
/// update pipeline (a transaction, a batch, reading back generated keys) was most of that time under
/// load (bench/api-load), so the gate is held for less and a move costs less CPU.
/// Names, store types and value converters come from the EF model, as in <see cref="RowStatement"/>.
/// </summary>
public static class SqliteOneTripSave
{
    /// <summary>Throws DbUpdateConcurrencyException, like SaveChanges, when the row's version moved on.</summary>
    public static async Task<int> SaveAsync(DbContext db, EntityEntry changed, CancellationToken ct)
    {
        var events = ((Entity)changed.Entity).TakeEvents();
        await db.Database.OpenConnectionAsync(ct);
        int affected;
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // Disposed uncommitted (a failed statement, a cancellation), it rolls back: all or nothing.
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = RowStatement.GuardedUpdate(changed, (p, v) => Parameter(p, v, command)) + ";\n"
                + Insert(db.Model.FindEntityType(typeof(Event))!, events, command) + ";";
            affected = await command.ExecuteNonQueryAsync(ct);
            if (affected == 1 + events.Count) await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (affected != 1 + events.Count)
            throw new DbUpdateConcurrencyException(
                "The row was changed or removed since it was read; nothing was saved.");
        db.ChangeTracker.AcceptAllChanges();
        return affected;
    }

    /// <summary>The rows in their order (so their ids follow it), only when the UPDATE changed its row.</summary>
    private static string Insert(IEntityType type, IReadOnlyList<object> rows, SqliteCommand command)
    {
        var columns = RowStatement.InsertedColumns(type);
        return new StringBuilder("INSERT INTO ").Append(RowStatement.Table(type)).Append(" (")
            .AppendJoin(", ", columns.Select(c => RowStatement.Quote(c.GetColumnName()))).Append(") SELECT ")
            .AppendJoin(", ", columns.Select((_, i) => $"column{i + 2}")).Append(" FROM (VALUES ")
            .Append(RowStatement.Values(columns, rows, (p, v) => Parameter(p, v, command)))
            .Append(") WHERE changes() = 1 ORDER BY column1").ToString();
    }

    private static string Parameter(IProperty property, object? value, SqliteCommand command)
    {
        var name = "@p" + command.Parameters.Count;
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return name;
    }
}
