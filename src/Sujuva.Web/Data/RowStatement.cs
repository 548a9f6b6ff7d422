using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Sujuva.Web.Data;

/// <summary>
/// The PostgreSQL SQL of a one-trip save (and the naming both providers' forms share), from the EF model: table and column names, store types and value
/// converters, so it stays in step with the mapping and the migrations. Parameters are positional
/// and cast to the column's base type, so a null or a string never needs PostgreSQL to guess.
/// </summary>
public static class RowStatement
{
    private static readonly NpgsqlCommand ParameterFactory = new();

    /// <summary>WITH changed AS (UPDATE … WHERE key and concurrency tokens match RETURNING 1).</summary>
    public static string Update(EntityEntry entry, NpgsqlParameterCollection parameters)
    {
        var sql = new StringBuilder("WITH changed AS (UPDATE ").Append(Table(entry.Metadata)).Append(" SET ");
        var first = true;
        foreach (var property in entry.Properties.Where(p => p.IsModified))
        {
            sql.Append(first ? "" : ", ").Append(Quote(property.Metadata.GetColumnName())).Append(" = ")
                .Append(Parameter(property.Metadata, property.CurrentValue, parameters));
            first = false;
        }
        sql.Append(" WHERE ");
        var conditions = Guards(entry.Metadata)
            .Select(p => Quote(p.GetColumnName()) + " = "
                + Parameter(p, entry.Property(p.Name).OriginalValue, parameters));
        return sql.AppendJoin(" AND ", conditions).Append(" RETURNING 1)").ToString();
    }

    /// <summary>INSERT of the rows, in their order, once per row the WITH clause changed.</summary>
    public static string InsertFromChanged(IEntityType type, IReadOnlyList<object> rows, NpgsqlParameterCollection parameters)
    {
        var columns = InsertedColumns(type);
        var sql = new StringBuilder("INSERT INTO ").Append(Table(type)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.GetColumnName()))).Append(") SELECT ")
            .AppendJoin(", ", columns.Select((_, i) => $"v.c{i}")).Append(" FROM changed CROSS JOIN (VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            sql.Append(r == 0 ? "(" : ", (").Append(r);
            foreach (var column in columns)
                sql.Append(", ").Append(Parameter(column, column.GetGetter().GetClrValueUsingContainingEntity(row), parameters));
            sql.Append(')');
        }
        return sql.Append(") AS v (o").AppendJoin("", columns.Select((_, i) => $", c{i}")).Append(") ORDER BY v.o").ToString();
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
