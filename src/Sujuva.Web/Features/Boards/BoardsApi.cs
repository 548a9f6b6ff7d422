using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Boards;

public sealed record BoardCard(Guid CaseId, string ClientPseudonym, DateTime OpenedAt, DateTime EnteredStageAt,
    Cases.BlockReason? BlockedReason, DateTime? BlockedAt, int Version, Guid? AssigneeId = null, string? AssigneeName = null, Guid? PairId = null, string? PairName = null,
    Programmes.SessionBadge? Session = null);

public sealed record BoardColumn(Guid StageId, string Name, StageKind Kind, int? WipLimit, int Count,
    IReadOnlyList<BoardCard> Cards);

/// <summary>A member of the team working the service: who a case can be assigned to.</summary>
public sealed record BoardWorker(Guid Id, string Name);

public sealed record BoardView(Guid ServiceId, string ServiceName, IReadOnlyList<BoardColumn> Columns)
{
    public Guid TeamId { get; init; }

    public string TeamName { get; init; } = "";

    public IReadOnlyList<BoardWorker> Workers { get; init; } = [];
}

public static class BoardsApi
{
    public static void MapBoardsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/services/{serviceId}/board", GetBoardAsync).WithTags("Boards");

    public static async Task<Results<Ok<BoardView>, ProblemHttpResult>> GetBoardAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ShowBoard.LoadAsync(serviceId, db, user, clock.GetUtcNow().UtcDateTime, ct));
}
