namespace Sujuva.Web.Features.Programmes;

/// <summary>A feed's addresses: https for a browser or a calendar's "subscribe by URL", webcal:// for one click.</summary>
public sealed record CalendarFeedLink(string Url, string Webcal)
{
    public static CalendarFeedLink Of(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var url = $"{baseUrl.TrimEnd('/')}/calendar/{token}.ics";
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return new CalendarFeedLink(url, $"webcal://{rest}");
    }
}
