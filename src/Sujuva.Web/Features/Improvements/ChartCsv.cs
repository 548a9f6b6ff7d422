using System.Globalization;
using System.Text;
using Sujuva.Analytics.Writers;

namespace Sujuva.Web.Features.Improvements;

/// <summary>A chart's data table as CSV: x, instant, y, n, phase, cl, lcl, ucl, signals (";"-separated), direction.</summary>
public static class ChartCsv
{
    public static byte[] Write(ChartResponse chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var csv = new StringBuilder("x,instant,y,n,phase,cl,lcl,ucl,signals,direction\n");
        foreach (var p in chart.Points)
            csv.Append(CsvCell.Quoted(p.X)).Append(',').Append(p.Instant.ToString("O", CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(p.Y)).Append(',').Append(p.N?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(p.Phase.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Number(p.Cl)).Append(',')
                .Append(Number(p.Lcl)).Append(',').Append(Number(p.Ucl)).Append(',').Append(string.Join(';', p.Signals)).Append(',')
                .Append(p.Direction).Append('\n');
        return new UTF8Encoding(false).GetBytes(csv.ToString());
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
