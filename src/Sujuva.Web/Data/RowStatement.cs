using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Sujuva.Web.Data;

/// <summary>
/// The SQL of a one-trip save, from the EF model: table and column names, store types and value
/// converters, so it stays in step with the mapping and the migrations. The PostgreSQL form is here
/// (and the parts SQLite's form shares); its parameters are positional and cast to the column's base
/// type, so a null or a string never needs PostgreSQL to guess.
/// </summary>
public static class RowStatement
{
    private static readonly NpgsqlCommand ParameterFactory = new();

    /// <summary>WITH changed AS (UPDATE … WHERE key and concurrency tokens match RETURNING 1).</summary>
    public static string Update(EntityEntry entry, NpgsqlParameterCollection parameters) =>
        "WITH changed AS (" + GuardedUpdate(entry, (p, v) => Parameter(p, v, parameters)) + " RETURNING 1)";

    /// <summary>INSERT of the rows, in their order, once per row the WITH clause changed.</summary>
    public static string InsertFromChanged(IEntityType type, IReadOnlyList<object> rows, NpgsqlParameterCollection parameters)
    {
        var columns = InsertedColumns(type);
        return new StringBuilder("INSERT INTO ").Append(Table(type)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.GetColumnName()))).Append(") SELECT ")
            .AppendJoin(", ", columns.Select((_, i) => $"v.c{i}")).Append(" FROM changed CROSS JOIN (VALUES ")
            .Append(Values(columns, rows, (p, v) => Parameter(p, v, parameters)))
            .Append(") AS v (o").AppendJoin("", columns.Select((_, i) => $", c{i}")).Append(") ORDER BY v.o").ToString();
    }

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

    private static string Parameter(IProperty property, object? value, NpgsqlParameterCollection parameters)
    {
        var mapping = property.GetRelationalTypeMapping();
        parameters.Add((NpgsqlParameter)mapping.CreateParameter(ParameterFactory, "", value, property.IsNullable));
        // The type without its length: an explicit cast to varchar(n) would cut a long value silently,
        // where storing it into the column refuses it, as EF's own save does.
        return $"${parameters.Count}::{mapping.StoreTypeNameBase}";
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
