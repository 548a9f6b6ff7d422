using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Sujuva.Web.Data;

/// <summary>
/// Per-connection settings: in WAL mode synchronous=NORMAL is durable across application crashes
/// (sqlite.org/wal.html). Foreign keys are switched on by EF Core. busy_timeout lets SQLite itself wait
/// for a writer of another process (the app's own writers queue on its write gate), retrying after
/// 1, 2, 5, 10… ms (sqlite.org/c3ref/busy_timeout.html); without it Microsoft.Data.Sqlite retries a
/// busy statement after a coarse Thread.Sleep on a request thread.
/// wal_autocheckpoint: the connection whose commit takes the WAL past this many pages copies it into
/// the database and syncs both files inside that commit. An audited list of 100 clients writes 120–180
/// pages (its entries land in 100 places of the ClientId index), so at SQLite's default of 1000 every
/// seventh list paid a checkpoint, which set the list's P95; at 10,000 (a WAL of up to 40 MB) about one in
/// 65 does, and a checkpoint still copies each page once however often it changed.
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools and reopens for every
/// request, so they are sent once per native connection rather than on every open.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=10000;";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, this);
}
