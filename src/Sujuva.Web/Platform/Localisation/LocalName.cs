using System.Globalization;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>
/// A name an administrator enters in Finnish and, optionally, in Swedish and English: organisations,
/// teams, services and stages. Name is the Finnish one (what the event log records); the others are null
/// when not given.
/// </summary>
public interface ILocallyNamed
{
    string Name { get; }
    string? NameSv { get; }
    string? NameEn { get; }
}

/// <summary>The one place that picks such a name for the user interface language, falling back to Finnish.</summary>
public static class LocalName
{
    public static string Pick(string fi, string? sv, string? en) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            "sv" when !string.IsNullOrWhiteSpace(sv) => sv,
            "en" when !string.IsNullOrWhiteSpace(en) => en,
            _ => fi,
        };

    public static string Of(ILocallyNamed named) => Pick(named.Name, named.NameSv, named.NameEn);

    /// <summary>An optional translation as stored: trimmed, and null when blank (then the Finnish name is shown).</summary>
    public static string? Optional(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
