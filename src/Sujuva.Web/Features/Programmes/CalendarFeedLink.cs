using System.Globalization;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A feed's addresses: https for a browser or a calendar's "subscribe by URL", webcal:// for one click. Calendar apps
/// send no language, so a link made in Swedish or English carries it (?lang=sv): the programmes' names in the feed are
/// then in that language.
/// </summary>
public sealed record CalendarFeedLink(string Url, string Webcal)
{
    public static CalendarFeedLink Of(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var query = language != SupportedCultures.Default && SupportedCultures.IsSupported(language) ? $"?lang={language}" : "";
        var url = $"{baseUrl.TrimEnd('/')}/calendar/{token}.ics{query}";
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return new CalendarFeedLink(url, $"webcal://{rest}");
    }
}
