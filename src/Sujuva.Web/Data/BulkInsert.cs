using Microsoft.EntityFrameworkCore.Infrastructure;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sujuva.Web.Data;

/// <summary>
/// Multi-row INSERTs built from the EF model (column names, value converters, provider types), for
/// seeding 100,000+ rows without the change tracker, and for a request's hundred new rows (an enrolment's
/// sessions and seats), inside its write transaction. Store-generated long keys (the event sequence)
/// are left to the database, which numbers rows in insertion order.
/// </summary>
public static class BulkInsert
{
    // SQLite looks parameters up by name with a linear scan and is fastest with one prepared
    // single-row statement; PostgreSQL wants few round trips.
    private static int MaxParameters(SujuvaDb db, int columns) => db.Database.IsSqlite() ? columns : 30_000;

    public static async Task InsertAsync<T>(SujuvaDb db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ClrType == typeof(long)) && p.PropertyInfo is not null)
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ") VALUES ";
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var rowsPerCommand = Math.Max(1, MaxParameters(db, columns.Length) / columns.Length);
        foreach (var chunk in rows.Chunk(rowsPerCommand))
        {
            if (chunk.Length != command.Parameters.Count / columns.Length)
                Prepare(command, head, columns, mappings, chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
                for (var c = 0; c < columns.Length; c++)
                {
                    var value = columns[c].PropertyInfo!.GetValue(chunk[r]);
                    if (value is not null && mappings[c].Converter is { } converter) value = converter.ConvertToProvider(value);
                    command.Parameters[r * columns.Length + c].Value = value ?? DBNull.Value;
                }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Parameters typed by the EF mapping once; rows only change their values.</summary>
    private static void Prepare(System.Data.Common.DbCommand command, string head, IProperty[] columns,
        RelationalTypeMapping[] mappings, int rows)
    {
        command.Parameters.Clear();
        var text = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = $"p{r}_{c}";
                text.Append(c == 0 ? "" : ", ").Append('@').Append(name);
                command.Parameters.Add(mappings[c].CreateParameter(command, name, null, nullable: true));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
    }
}
