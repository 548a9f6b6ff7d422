using Microsoft.EntityFrameworkCore.Storage;

namespace Sujuva.Web.Data;

/// <summary>
/// A write transaction begun by <see cref="SujuvaDb.BeginWriteAsync"/> or
/// <see cref="SujuvaDb.BeginSerializedWriteAsync"/>. Disposed uncommitted, it rolls back; on SQLite
/// disposing it also lets the next writer of the process through the write gate. committed: run after the commit
/// (the database nudges the live feed when the write appended events).
/// </summary>
public sealed class DbWrite(IDbContextTransaction transaction, SemaphoreSlim? gate, Action? committed = null) : IAsyncDisposable
{
    public async Task CommitAsync(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        committed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        gate?.Release();
    }
}
