using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// Which saves may go to the database in one trip (docs/decisions/0008): exactly one modified row of a
/// plain table, with that entity's events. Each provider writes it in its own form
/// (<see cref="PostgresOneTripSave"/>, <see cref="SqliteOneTripSave"/>) from the SQL parts in
/// <see cref="RowStatement"/>.
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
}
