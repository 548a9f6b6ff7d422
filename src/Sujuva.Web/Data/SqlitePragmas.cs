using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sujuva.Web.Data;

/// <summary>
/// Per-connection setting: in WAL mode synchronous=NORMAL is durable across application crashes
/// (sqlite.org/wal.html). Foreign keys are switched on by EF Core; waiting on writers of other
/// processes by Microsoft.Data.Sqlite's command timeout.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
