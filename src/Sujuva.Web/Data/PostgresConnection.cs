using System.Data.Common;
using Npgsql;

namespace Sujuva.Web.Data;

/// <summary>
/// Pool settings the app relies on, applied where the connection string does not set them itself.
/// No Reset On Close: the app leaves no session state behind (it takes only transaction-scoped
/// locks and never SETs), so the DISCARD ALL that Npgsql otherwise sends on every reuse is pure cost.
/// Max Auto Prepare: the same few statements run on every request, so the server parses and plans
/// each once per connection instead of on every call (npgsql.org, "Prepared statements").
/// </summary>
public static class PostgresConnection
{
    public static string WithAppDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("NORESETONCLOSE")) builder.NoResetOnClose = true;
        if (!given.Contains("MAXAUTOPREPARE")) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }
}
