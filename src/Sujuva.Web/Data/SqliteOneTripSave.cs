using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// SQLite's form of <see cref="OneTripSave"/>: one command, run in SQLite's implicit transaction, that
/// updates the row only if its concurrency tokens still hold and appends its events only if it did
/// (changes() is the row count of the UPDATE just before). It is held under the write gate, and EF's
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
            await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
            command.CommandText = RowStatement.GuardedUpdate(changed, (p, v) => Parameter(p, v, command)) + ";\n"
                + Insert(db.Model.FindEntityType(typeof(Event))!, events, command) + ";";
            affected = await command.ExecuteNonQueryAsync(ct);
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
