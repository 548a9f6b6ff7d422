using System.Globalization;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Programmes;

/// <summary>A session's time as pages show it, in Finnish time and the reader's culture: "ti 24.3. 10.00–11.00".</summary>
public static class SessionWhen
{
    public static string Of(DateTime startUtc, DateTime endUtc)
    {
        var culture = CultureInfo.CurrentCulture;
        var (start, end) = (LocalTime.InFinland(startUtc), LocalTime.InFinland(endUtc));
        return $"{start.ToString("ddd", culture)} {start.Day}.{start.Month}. {start.ToString("t", culture)}–{end.ToString("t", culture)}";
    }
}
