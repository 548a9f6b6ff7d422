using Microsoft.EntityFrameworkCore.Storage;

namespace Sujuva.Web.Data;

/// <summary>
/// A transaction that no other writer of the database runs beside (SQLite: the process's write gate;
/// PostgreSQL: the event-log advisory lock). A rule that counts rows, like a WIP limit, holds only
/// if the count and the save happen inside one.
/// </summary>
public sealed class SerializedWrite(IDbContextTransaction transaction, SemaphoreSlim? gate) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        gate?.Release();
    }
}
