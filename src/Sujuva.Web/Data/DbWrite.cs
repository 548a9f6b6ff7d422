using Microsoft.EntityFrameworkCore.Storage;

namespace Sujuva.Web.Data;

/// <summary>
/// A write transaction begun by <see cref="SujuvaDb.BeginWriteAsync"/> or
/// <see cref="SujuvaDb.BeginSerializedWriteAsync"/>. Disposed uncommitted, it rolls back; on SQLite
/// disposing it also lets the next writer of the process through the write gate.
/// </summary>
public sealed class DbWrite(IDbContextTransaction transaction, SemaphoreSlim? gate) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        gate?.Release();
    }
}
