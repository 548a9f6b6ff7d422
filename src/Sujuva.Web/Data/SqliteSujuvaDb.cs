using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data;

/// <summary>
/// SQLite, the default. SQLite allows one writer at a time; writers of this process queue on an
/// async gate per database instead of spinning on SQLITE_BUSY, which keeps move latency flat under load.
/// </summary>
public sealed class SqliteSujuvaDb(DbContextOptions<SqliteSujuvaDb> options) : SujuvaDb(options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new();

    public override async Task<SerializedWrite> BeginSerializedWriteAsync(CancellationToken ct)
    {
        var gate = Gate();
        await gate.WaitAsync(ct);
        try
        {
            return new SerializedWrite(await Database.BeginTransactionAsync(ct), gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

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
                return await SqliteOneTripSave.SaveAsync(this, changed, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
