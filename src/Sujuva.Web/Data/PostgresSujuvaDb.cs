using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// PostgreSQL, for production and several app instances at once. Transactions that append events
/// take one advisory lock until they commit, so events become visible in sequence order and a reader
/// paging GET /api/events by cursor never steps over an event that commits later with a lower id.
/// </summary>
public sealed class PostgresSujuvaDb : SujuvaDb
{
    internal const long EventLogLock = 0x53756A757661;  // "Sujuva"

    /// <summary>
    /// No savepoint around a save inside a transaction: there the transaction holds the event-log lock, a
    /// savepoint adds two round trips while holding it, and a failed save is never retried in the same
    /// transaction here (it is disposed, rolling everything back).
    /// </summary>
    public PostgresSujuvaDb(DbContextOptions<PostgresSujuvaDb> options) : base(options) =>
        Database.AutoSavepointsEnabled = false;

    /// <summary>A plain transaction: row locks order writers that append no events.</summary>
    [SuppressMessage("ApiDesign", "RS0030", Justification = "The one place a PostgreSQL write transaction begins.")]
    public override async Task<DbWrite> BeginWriteAsync(CancellationToken ct) =>
        new(await Database.BeginTransactionAsync(ct), null, () => Committed());

    /// <summary>A transaction holding the event-log lock until it commits.</summary>
    [SuppressMessage("ApiDesign", "RS0030", Justification = "The one place a PostgreSQL transaction with the event-log lock begins.")]
    public override async Task<DbWrite> BeginSerializedWriteAsync(CancellationToken ct)
    {
        var transaction = await Database.BeginTransactionAsync(ct);
        try
        {
            await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({EventLogLock})", ct);
            return new DbWrite(transaction, null, () => Committed());
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Events still added from a refused try (TrySaveAsync tries again after JobRebase) are appended under the lock too.
        var appends = ChangeTracker.Entries<Entity>().Any(e => e.Entity.HasPendingEvents)
            || ChangeTracker.Entries<Features.EventLog.Event>().Any(e => e.State == EntityState.Added);
        if (Database.CurrentTransaction is not null || !appends)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (acceptAllChangesOnSuccess && OneTripSave.SoleChange(this) is { } changed)
        {
            var oneTrip = await PostgresOneTripSave.SaveAsync(this, changed, EventLogLock, cancellationToken);
            Committed(appendedEvents: true);
            return oneTrip;
        }
        await using var write = await BeginSerializedWriteAsync(cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return saved;
    }
}
