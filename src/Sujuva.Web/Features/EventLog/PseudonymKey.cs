using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// The key of <see cref="Pseudonyms"/>: Exports:PseudonymKey when the operator sets one, otherwise a random
/// key made on first start and kept in the database, so pseudonyms stay the same across restarts and
/// instances, and nobody can recompute them from the source code.
/// </summary>
public static class PseudonymKey
{
    public const string SettingName = "Exports:PseudonymKey";
    private const string SecretName = "Exports.PseudonymKey";

    public static async Task<byte[]> LoadAsync(SujuvaDb db, IConfiguration configuration, TimeProvider clock,
        ILogger log, CancellationToken ct)
    {
        if (configuration[SettingName] is { Length: > 0 } configured)
        {
            log.LogInformation("Exported pseudonyms use the key set in {Setting}.", SettingName);
            return Encoding.UTF8.GetBytes(configured);
        }

        if (await StoredAsync(db, ct) is { } stored) return stored;
        db.Set<InstanceSecret>().Add(new InstanceSecret(SecretName,
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Made a key for exported pseudonyms and stored it in the database (set {Setting} to use your own).",
                SettingName);
        }
        catch (DbUpdateException)
        {
            // Another instance starting on the same database stored its key first: use that one.
            db.ChangeTracker.Clear();
        }

        return await StoredAsync(db, ct) ?? throw new InvalidOperationException("The pseudonym key was not stored.");
    }

    private static async Task<byte[]?> StoredAsync(SujuvaDb db, CancellationToken ct) =>
        await db.Set<InstanceSecret>().AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value)
            .SingleOrDefaultAsync(ct) is { } value ? Convert.FromBase64String(value) : null;
}
