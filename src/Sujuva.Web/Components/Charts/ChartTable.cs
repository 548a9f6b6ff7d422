using System.Globalization;
using System.Text;
using Sujuva.Analytics.Writers;

namespace Sujuva.Web.Components.Charts;

/// <summary>
/// A chart's data as a table: the accessible alternative on the page (cells in the user's number and
/// date format) and the CSV download (invariant numbers, ISO dates, RFC 4180 quoting).
/// </summary>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static string Display(object? value) => value switch
    {
        null => "–",
        double d => d.ToString("0.##", CultureInfo.CurrentCulture),
        DateOnly day => day.ToString("d", CultureInfo.CurrentCulture),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Headers.Select(h => CsvCell.Quoted(h))).Append("\r\n");
        foreach (var row in Rows) csv.AppendJoin(',', row.Select(v => CsvCell.Quoted(Invariant(v)))).Append("\r\n");
        return csv.ToString();
    }

    private static string Invariant(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
