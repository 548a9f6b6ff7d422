using System.Globalization;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>The user interface languages: Finnish first (the default), Swedish, English.</summary>
public static class SupportedCultures
{
    public static readonly string[] Names = ["fi", "sv", "en"];

    public static CultureInfo[] All => [.. Names.Select(CultureInfo.GetCultureInfo)];

    public static bool IsSupported(string? name) =>
        name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
