using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sujuva.Web.Data;

/// <summary>
/// The SQL parts both one-trip saves share (<see cref="PostgresOneTripSave"/>, <see cref="SqliteOneTripSave"/>),
/// from the EF model: table and column names, store types and value converters, so they stay in step with
/// the mapping and the migrations. Each provider adds its own parameters and its own way of inserting the
/// events only when the update changed its row.
/// </summary>
public static class RowStatement
{
    /// <summary>UPDATE of the modified columns WHERE the row's key and concurrency tokens still hold.</summary>
    internal static string GuardedUpdate(EntityEntry entry, Func<IProperty, object?, string> parameter)
    {
        var set = entry.Properties.Where(p => p.IsModified)
            .Select(p => Quote(p.Metadata.GetColumnName()) + " = " + parameter(p.Metadata, p.CurrentValue));
        var conditions = Guards(entry.Metadata)
            .Select(p => Quote(p.GetColumnName()) + " = " + parameter(p, entry.Property(p.Name).OriginalValue));
        // Joined in this order, so positional parameters are numbered SET first, then WHERE.
        return new StringBuilder("UPDATE ").Append(Table(entry.Metadata)).Append(" SET ").AppendJoin(", ", set)
            .Append(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    /// <summary>"(0, …), (1, …)": each row's inserted columns, led by its position so the insert keeps the order.</summary>
    internal static string Values(IReadOnlyList<IProperty> columns, IReadOnlyList<object> rows, Func<IProperty, object?, string> parameter)
    {
        var sql = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").Append(r);
            foreach (var column in columns)
                sql.Append(", ").Append(parameter(column, column.GetGetter().GetClrValueUsingContainingEntity(rows[r])));
            sql.Append(')');
        }
        return sql.ToString();
    }

    /// <summary>The row's key and concurrency tokens: an update applies only while all still hold.</summary>
    internal static IEnumerable<IProperty> Guards(IEntityType type) =>
        type.FindPrimaryKey()!.Properties.Concat(type.GetProperties().Where(p => p.IsConcurrencyToken));

    /// <summary>The columns an insert writes; the database generates the others (the event id).</summary>
    internal static List<IProperty> InsertedColumns(IEntityType type) =>
        [.. type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)];

    internal static string Table(IEntityType type) =>
        (type.GetSchema() is { } schema ? Quote(schema) + "." : "") + Quote(type.GetTableName()!);

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
