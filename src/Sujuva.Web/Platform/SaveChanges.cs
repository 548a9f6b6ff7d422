using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sujuva.Web.Data;

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
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.EditConflict();
        }
        catch (DbUpdateException e) when (duplicate is not null && IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return duplicate();
        }
    }

    /// <summary>A unique index or key refused the row, on either provider.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e?.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
