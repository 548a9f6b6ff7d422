using System.Globalization;

namespace Sujuva.Web.Components.Pages.Programmes;

/// <summary>How the programme figures read: a share as a percentage with one decimal, a number with one, a dash for none.</summary>
public static class FigureFormat
{
    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.CurrentCulture) + " %" : "–";

    public static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    /// <summary>A mode's name ("etänä") at the start of a table row: its first letter in capitals.</summary>
    public static string Capitalised(string text) =>
        string.IsNullOrEmpty(text) ? text : CultureInfo.CurrentCulture.TextInfo.ToUpper(text[0]) + text[1..];
}
