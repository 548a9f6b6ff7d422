using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data;

/// <summary>
/// SQLite, the default. SQLite allows one writer at a time; writers of this process queue on one async
/// gate per database instead of meeting SQLITE_BUSY (which Microsoft.Data.Sqlite answers by sleeping the
/// thread and retrying), which keeps move latency flat under load. Every write passes the gate: a save
/// outside a write (here), and everything inside <see cref="BeginWriteAsync"/> (ExecuteUpdate/ExecuteDelete,
/// bulk inserts, Identity's saves, seeding).
/// </summary>
public sealed class SqliteSujuvaDb(DbContextOptions<SqliteSujuvaDb> options) : SujuvaDb(options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new();

    [SuppressMessage("ApiDesign", "RS0030", Justification = "The one place a SQLite write transaction begins: after the write gate.")]
    public override async Task<DbWrite> BeginWriteAsync(CancellationToken ct)
    {
        var gate = Gate();
        await gate.WaitAsync(ct);
        try
        {
            return new DbWrite(await Database.BeginTransactionAsync(ct), gate, () => Committed());
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>The gate already lets one writer through at a time, so a count under it holds until the commit.</summary>
    public override Task<DbWrite> BeginSerializedWriteAsync(CancellationToken ct) => BeginWriteAsync(ct);

    private SemaphoreSlim Gate() => WriteGates.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var gate = Gate();
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (acceptAllChangesOnSuccess && OneTripSave.SoleChange(this) is { } changed)
            {
                var saved = await SqliteOneTripSave.SaveAsync(this, changed, cancellationToken);
                Committed(appendedEvents: true);
                return saved;
            }
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Synchronous saves come from libraries (the data-protection key store), rarely; they queue too.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null) return base.SaveChanges(acceptAllChangesOnSuccess);
        var gate = Gate();
        gate.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            gate.Release();
        }
    }
}
