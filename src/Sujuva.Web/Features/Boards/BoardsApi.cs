using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Boards;

public sealed record BoardCard(Guid CaseId, string ClientPseudonym, DateTime OpenedAt, DateTime EnteredStageAt,
    Cases.BlockReason? BlockedReason, DateTime? BlockedAt, int Version, Guid? AssigneeId = null, string? AssigneeName = null);

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
            .Select(c => new { c.StageId, c.AssigneeId, Card = new BoardCard(c.Id.Value, c.ClientPseudonym, c.OpenedAt,
                c.EnteredStageAt, c.BlockedReason, c.BlockedAt, c.Version, null, null) })
            .ToListAsync(ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == service.TeamId).Select(t => t.Name).SingleAsync(ct);
        var workers = await WorkersAsync(db, service.TeamId, open.Select(x => x.AssigneeId), ct);
        var names = workers.ToDictionary(w => w.Id, w => w.Name);
        var byStage = open.ToLookup(x => x.StageId, x => x.AssigneeId is { } a
            ? x.Card with { AssigneeId = a.Value, AssigneeName = names.GetValueOrDefault(a.Value, "?") }
            : x.Card);
        var columns = service.Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position)
            .Select(s => new BoardColumn(s.Id.Value, s.Name, s.Kind, s.WipLimit, byStage[s.Id].Count(),
                [.. byStage[s.Id]]))
            .ToList();
        return TypedResults.Ok(new BoardView(serviceId, service.Name, columns)
        {
            TeamId = service.TeamId.Value, TeamName = team,
            Workers = [.. workers.Where(w => w.IsMember).Select(w => new BoardWorker(w.Id, w.Name))],
        });
    }

    private sealed record WorkerName(Guid Id, string Name, bool IsMember);

    /// <summary>The team's members, plus assignees who have since left it (their cards still name them).</summary>
    private static async Task<List<WorkerName>> WorkersAsync(SujuvaDb db, TeamId team, IEnumerable<UserId?> assignees,
        CancellationToken ct)
    {
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team).Select(m => m.UserId.Value)
            .ToListAsync(ct);
        var wanted = members.Concat(assignees.OfType<UserId>().Select(a => a.Value)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. users.Select(u => new WorkerName(u.Id, u.DisplayName, members.Contains(u.Id)))
            .OrderBy(w => w.Name, StringComparer.CurrentCulture)];
    }
}
