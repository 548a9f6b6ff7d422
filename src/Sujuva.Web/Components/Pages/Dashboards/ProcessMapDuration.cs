using System.Globalization;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>A median edge time in the user's culture, in the largest unit that keeps it at least 1 (days, hours, minutes).</summary>
public static class ProcessMapDuration
{
    public static string Format(TimeSpan time, IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var (value, unit) = time.TotalDays >= 1 ? (time.TotalDays, "ProcessMap.Days")
            : time.TotalHours >= 1 ? (time.TotalHours, "ProcessMap.Hours")
            : (time.TotalMinutes, "ProcessMap.Minutes");
        return t[unit, value.ToString("0.#", CultureInfo.CurrentCulture)];
    }
}
