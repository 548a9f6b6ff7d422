using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// PostgreSQL: a save that changes one row and appends that entity's events (a case moved, blocked,
/// closed) goes to the server as one batch that the server commits at its end (an implicit
/// transaction): the event-log lock, then one statement that updates the row only if its concurrency
/// tokens still hold and inserts the events only if it did. The lock is then held for the server's
/// own work, never across a round trip to the app, so writers queue on it only briefly.
/// Parameters are positional and cast to the column's base type, so a null or a string never needs
/// PostgreSQL to guess.
/// </summary>
public static class PostgresOneTripSave
{
    private static readonly NpgsqlCommand ParameterFactory = new();

    /// <summary>Throws DbUpdateConcurrencyException, like SaveChanges, when the row's version moved on.</summary>
    public static async Task<int> SaveAsync(DbContext db, EntityEntry changed, long lockKey, CancellationToken ct)
    {
        var events = ((Entity)changed.Entity).TakeEvents();
        var change = new NpgsqlBatchCommand();
        change.CommandText = Update(changed, change.Parameters) + "\n"
            + InsertFromChanged(db.Model.FindEntityType(typeof(Event))!, events, change.Parameters);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
            {
                BatchCommands = { new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({lockKey})"), change },
            };
            await batch.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (change.RecordsAffected != events.Count)
            throw new DbUpdateConcurrencyException(
                "The row was changed or removed since it was read; nothing was saved.");
        db.ChangeTracker.AcceptAllChanges();
        return 1 + events.Count;
    }

    /// <summary>WITH changed AS (UPDATE … WHERE key and concurrency tokens match RETURNING 1).</summary>
    internal static string Update(EntityEntry entry, NpgsqlParameterCollection parameters) =>
        "WITH changed AS (" + RowStatement.GuardedUpdate(entry, (p, v) => Parameter(p, v, parameters)) + " RETURNING 1)";

    /// <summary>INSERT of the rows, in their order, once per row the WITH clause changed.</summary>
    internal static string InsertFromChanged(IEntityType type, IReadOnlyList<object> rows, NpgsqlParameterCollection parameters)
    {
        var columns = RowStatement.InsertedColumns(type);
        return new StringBuilder("INSERT INTO ").Append(RowStatement.Table(type)).Append(" (")
            .AppendJoin(", ", columns.Select(c => RowStatement.Quote(c.GetColumnName()))).Append(") SELECT ")
            .AppendJoin(", ", columns.Select((_, i) => $"v.c{i}")).Append(" FROM changed CROSS JOIN (VALUES ")
            .Append(RowStatement.Values(columns, rows, (p, v) => Parameter(p, v, parameters)))
            .Append(") AS v (o").AppendJoin("", columns.Select((_, i) => $", c{i}")).Append(") ORDER BY v.o").ToString();
    }

    private static string Parameter(IProperty property, object? value, NpgsqlParameterCollection parameters)
    {
        var mapping = property.GetRelationalTypeMapping();
        parameters.Add((NpgsqlParameter)mapping.CreateParameter(ParameterFactory, "", value, property.IsNullable));
        // The type without its length: an explicit cast to varchar(n) would cut a long value silently,
        // where storing it into the column refuses it, as EF's own save does.
        return $"${parameters.Count}::{mapping.StoreTypeNameBase}";
    }
}
