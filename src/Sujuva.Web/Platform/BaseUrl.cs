namespace Sujuva.Web.Platform;

/// <summary>The app's own address as the request reached it (behind a proxy, as forwarded): for links handed out of the app.</summary>
public static class BaseUrl
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
