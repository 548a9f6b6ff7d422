using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Calendar feeds: GET /calendar/{token}.ics for calendar apps (no sign-in: the token is the credential; rate-limited;
/// an ETag so an unchanged feed answers 304), and the signed-in worker's own address under /api/me/calendar-feed.
/// </summary>
public static class CalendarFeedApi
{
    public static void MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous().RequireRateLimiting(ProgrammesSetup.FeedPolicy)
            .WithTags("Programmes");
    }

    public static void MapMyCalendarFeedApi(this IEndpointRouteBuilder api)
    {
        var me = api.MapGroup("/me/calendar-feed").WithTags("Programmes");
        me.MapGet("/", GetAsync);
        me.MapPost("/regenerate", RegenerateAsync);
    }

    public static async Task<IResult> FeedAsync(string token, HttpContext http, SujuvaDb db, CalendarFeedCache cache, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        // The language the link was made in (CalendarFeedLink), else Finnish: calendar apps send none, and a browser's
        // own would give a subscriber a feed in whichever language last asked.
        var language = http.Request.Query["lang"].ToString() is var lang && SupportedCultures.IsSupported(lang) ? lang.ToLowerInvariant()
            : SupportedCultures.Default;
        var ui = CultureInfo.CurrentUICulture;
        WrittenFeed? feed;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            feed = await ServeCalendarFeed.ReadAsync(token, db, cache, clock, ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
        if (feed is null) return TypedResults.NotFound();
        http.Response.Headers.ETag = feed.ETag;
        http.Response.Headers.CacheControl = "private, max-age=300";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == feed.ETag))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(feed.Body, "text/calendar; charset=utf-8");
    }

    public static async Task<Ok<CalendarFeedLink>> GetAsync(HttpRequest request, SujuvaDb db, CurrentUser user,
        IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await MyCalendarFeed.GetAsync(db, user, protection, BaseUrl.Of(request), clock, ct));

    public static async Task<Ok<CalendarFeedLink>> RegenerateAsync(HttpRequest request, SujuvaDb db, CurrentUser user,
        IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await MyCalendarFeed.RegenerateAsync(db, user, protection, BaseUrl.Of(request), clock, ct));
}
