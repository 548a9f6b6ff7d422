using System.Globalization;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>Dates in dashboard addresses are written yyyy-MM-dd (the value of a date input).</summary>
public static class DashboardPeriod
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
