using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform;

public static class SaveChanges
{
    /// <summary>Saves, or returns the edit conflict when a concurrent edit won the race for a version.</summary>
    public static async Task<Refusal?> TrySaveAsync(this SujuvaDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.EditConflict();
        }
    }
}
