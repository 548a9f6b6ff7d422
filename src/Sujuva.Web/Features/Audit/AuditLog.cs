using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Sujuva.Web.Features.Audit;

public static class AuditLog
{
    /// <summary>The audit log is append-only, like the event log: SaveChanges refuses to change or delete an entry.</summary>
    public static void RefuseChanges(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only: entries are never changed or deleted.");
    }
}
