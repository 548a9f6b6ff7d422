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
/// </summary>
public static class OneTripSave
{
    /// <summary>The one modified entity with events when the save has exactly that shape; else null.</summary>
    public static EntityEntry? SoleChange(DbContext db)
    {
        EntityEntry? changed = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Unchanged)
            {
                // Its events would be left out of this save.
                if (entry.Entity is Entity { HasPendingEvents: true }) return null;
                continue;
            }
            if (entry.State != EntityState.Modified || changed is not null) return null;
            changed = entry;
        }
        if (changed?.Entity is not Entity { HasPendingEvents: true }) return null;
        var type = changed.Metadata;
        // One table, plain columns, nothing the database computes on update: what RowStatement can write.
        var simple = type.GetTableName() is not null && !type.IsOwned() && type.BaseType is null
            && !type.GetDerivedTypes().Any() && !type.GetComplexProperties().Any()
            && type.GetProperties().All(p => p.ValueGenerated is ValueGenerated.Never or ValueGenerated.OnAdd);
        return simple && changed.Properties.Any(p => p.IsModified) ? changed : null;
    }

    /// <summary>Throws DbUpdateConcurrencyException, like SaveChanges, when the row's version moved on.</summary>
    public static async Task<int> SaveAsync(DbContext db, EntityEntry changed, long lockKey, CancellationToken ct)
    {
        var events = ((Entity)changed.Entity).TakeEvents();
        var change = new NpgsqlBatchCommand();
        change.CommandText = RowStatement.Update(changed, change.Parameters) + "\n"
            + RowStatement.InsertFromChanged(db.Model.FindEntityType(typeof(Event))!, events, change.Parameters);
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
}
