using System.Globalization;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>The user interface languages: Finnish first (the default), Swedish, English.</summary>
public static class SupportedCultures
{
    public const string Default = "fi";

    public static readonly string[] Names = [Default, "sv", "en"];

    public static CultureInfo[] All => [.. Names.Select(CultureInfo.GetCultureInfo)];

    /// <summary>Dates and numbers as written in Finland (fi, sv) and in British English (en).</summary>
    public static CultureInfo? FormatsFor(string language) => language switch
    {
        "fi" => CultureInfo.GetCultureInfo("fi-FI"),
        "sv" => CultureInfo.GetCultureInfo("sv-FI"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => null,
    };

    public static bool IsSupported(string? name) =>
        name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
