using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Npgsql;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Platform;

public static class SaveChanges
{
    /// <summary>
    /// Saves, or returns the edit conflict when a concurrent edit won the race for a version. duplicate: the
    /// refusal when a unique index refuses the row (a concurrent request registered the same thing first);
    /// without it a unique violation is an error, as before.
    /// </summary>
    public static async Task<Refusal?> TrySaveAsync(this SujuvaDb db, CancellationToken ct, Func<Refusal>? duplicate = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        for (var attempt = 1; ; attempt++)
        {
            IReadOnlyList<EntityEntry> refused;
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateConcurrencyException e)
            {
                refused = e.Entries;
            }
            catch (DbUpdateException e) when (duplicate is not null && IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return duplicate();
            }
            // A background runner wrote to a job this change cancels or re-arms: not the user's conflict (JobRebase).
            if (attempt >= MaxJobRebases || !await JobRebase.TryAsync(refused, ct)) return Refusal.EditConflict();
        }
    }

    /// <summary>A runner writes a job once per claim and once at its end, so a third meeting in one save is not a race.</summary>
    private const int MaxJobRebases = 3;

    /// <summary>A unique index or key refused the row, on either provider.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e?.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
