using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Boards;

public sealed record BoardCard(Guid CaseId, string ClientPseudonym, DateTime OpenedAt, DateTime EnteredStageAt,
    string? BlockedReason, DateTime? BlockedAt, int Version);

public sealed record BoardColumn(Guid StageId, string Name, StageKind Kind, int? WipLimit, int Count,
    IReadOnlyList<BoardCard> Cards);

public sealed record BoardView(Guid ServiceId, string ServiceName, IReadOnlyList<BoardColumn> Columns);

public static class BoardsApi
{
    public static void MapBoardsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/services/{serviceId:guid}/board", GetBoardAsync).WithTags("Boards");

    /// <summary>The open cases the user may see, per stage in board order; clients by pseudonym only.</summary>
    public static async Task<Results<Ok<BoardView>, ProblemHttpResult>> GetBoardAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new ServiceId(serviceId);
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return Problems.NotFound("serviceId");
        var open = await db.CasesVisibleTo(user).AsNoTracking()
            .Where(c => c.ServiceId == id && c.ClosedAt == null)
            .OrderBy(c => c.EnteredStageAt)
            .Select(c => new { c.StageId, Card = new BoardCard(c.Id.Value, c.ClientPseudonym, c.OpenedAt,
                c.EnteredStageAt, c.BlockedReason, c.BlockedAt, c.Version) })
            .ToListAsync(ct);
        var byStage = open.ToLookup(x => x.StageId, x => x.Card);
        var columns = service.Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position)
            .Select(s => new BoardColumn(s.Id.Value, s.Name, s.Kind, s.WipLimit, byStage[s.Id].Count(),
                [.. byStage[s.Id]]))
            .ToList();
        return TypedResults.Ok(new BoardView(serviceId, service.Name, columns));
    }
}
