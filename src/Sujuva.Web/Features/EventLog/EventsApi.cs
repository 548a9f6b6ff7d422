using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.EventLog;

public sealed record EventView(long Id, string Type, DateTime At, Guid ActorId, Guid? OrganisationId,
    Guid? ServiceId, Guid? CaseId, string? ClientPseudonym, Guid? StageId, JsonElement Payload);

/// <summary>Next is the cursor for the following page (pass it as after); null at the end of the log.</summary>
public sealed record EventPage(IReadOnlyList<EventView> Events, long? Next);

public static class EventsApi
{
    public const int MaxPage = 5000;

    public static void MapEventsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/events", ListAsync).WithTags("EventLog");

    /// <summary>The log in append order after the cursor. Workers and team leads see their teams' services.</summary>
    public static async Task<Results<Ok<EventPage>, ProblemHttpResult>> ListAsync(
        long? after, int? limit, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var take = limit ?? 1000;
        if (take is < 1 or > MaxPage)
            return Problems.BadField("limit", "Events.LimitOutOfRange", $"limit is between 1 and {MaxPage}.");
        var cursor = after ?? 0;
        var query = db.EventsVisibleTo(user).AsNoTracking().Where(e => e.Id > cursor);
        var events = await query.OrderBy(e => e.Id).Take(take).ToListAsync(ct);
        var views = events.Select(e => new EventView(e.Id, e.Type, e.At, e.ActorId.Value, e.OrganisationId?.Value,
            e.ServiceId?.Value, e.CaseId?.Value, e.ClientPseudonym, e.StageId?.Value,
            JsonDocument.Parse(EventPayloads.Of(e.Type, e.Payload)).RootElement)).ToList();
        return TypedResults.Ok(new EventPage(views, views.Count == take ? views[^1].Id : null));
    }
}
