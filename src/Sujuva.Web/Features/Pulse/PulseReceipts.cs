using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Pulse;

/// <summary>
/// "Once per team per week" without storing who answered what (docs/decisions/0007-anonymous-pulse.md):
/// receipts are HMAC-SHA256(week key, user | team). Receipts and keys of earlier weeks are deleted
/// whenever a receipt is written, so after a week ends nothing says who took part.
/// </summary>
public static class PulseReceipts
{
    /// <summary>Writes the receipt in its own transaction; false when this user already answered for the team this week.</summary>
    public static async Task<bool> TryWriteAsync(SujuvaDb db, UserId user, TeamId team, PulseWeek week, byte[]? secret,
        CancellationToken ct)
    {
        await ForgetEarlierWeeksAsync(db, week, ct);
        var hash = Hash(await WeekKeyAsync(db, week, secret, ct), user, team);
        if (await db.Set<PulseReceipt>().AnyAsync(r => r.Hash == hash, ct)) return false;
        db.Add(new PulseReceipt(hash, week));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same person answering twice at once: the receipt's key lets exactly one through.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>ExecuteDelete bypasses SaveChanges, so it runs inside a write of its own (on SQLite, behind the write gate).</summary>
    private static async Task ForgetEarlierWeeksAsync(SujuvaDb db, PulseWeek week, CancellationToken ct)
    {
        await using var write = await db.BeginWriteAsync(ct);
        await db.Set<PulseReceipt>().Where(r => r.IsoYear != week.Year || r.IsoWeek != week.Week).ExecuteDeleteAsync(ct);
        await db.Set<PulseWeekKey>().Where(k => k.IsoYear != week.Year || k.IsoWeek != week.Week).ExecuteDeleteAsync(ct);
        await write.CommitAsync(ct);
    }

    public static byte[] Hash(byte[] key, UserId user, TeamId team) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{user.Value:N}|{team.Value:N}"));

    private static async Task<byte[]> WeekKeyAsync(SujuvaDb db, PulseWeek week, byte[]? secret, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await db.Set<PulseWeekKey>().AsNoTracking()
                .SingleOrDefaultAsync(k => k.IsoYear == week.Year && k.IsoWeek == week.Week, ct);
            if (stored is not null) return secret is null ? stored.Key : HMACSHA256.HashData(secret, stored.Key);
            db.Add(new PulseWeekKey(week, RandomNumberGenerator.GetBytes(32)));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two first answers of the week at once: the other's key won; read it.
            }
            db.ChangeTracker.Clear();
        }
    }
}
