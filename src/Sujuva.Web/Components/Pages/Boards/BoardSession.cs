using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>A card the user wants in another stage; OverrideReason when the stage is at its WIP limit.</summary>
public sealed record PendingMove(Guid ServiceId, BoardCard Card, BoardColumn Target, string? OverrideReason);

public abstract record MoveOutcome
{
    public sealed record Moved(BoardView Board) : MoveOutcome;

    public sealed record NeedsOverride : MoveOutcome;

    /// <summary>Refused or stale; Code is a resource key (e.g. EditConflict).</summary>
    public sealed record Refused(string Code) : MoveOutcome;
}

/// <summary>The board page's operations: the same BoardsApi and MoveCase the REST API runs.</summary>
public sealed class BoardSession(PageData data, FlowCache cache, TimeProvider clock)
{
    public async Task<BoardView?> LoadBoardAsync(ServiceId service)
    {
        var result = await data.RunAsync((db, user) => BoardsApi.GetBoardAsync(service.Value, db, user, CancellationToken.None));
        return result.Result is Ok<BoardView> ok ? ok.Value : null;
    }

    public Task<BoardAging> LoadAgingAsync(IReadOnlyCollection<ServiceId> services) =>
        data.RunAsync((db, _) => BoardAging.LoadAsync(db, cache, services, clock.GetUtcNow().UtcDateTime, CancellationToken.None));

    /// <summary>Assigns (or, with no worker, unassigns) as AssignCase does; null on success, else a resource key.</summary>
    public async Task<string?> AssignAsync(PendingAssign assign)
    {
        var request = new AssignCaseRequest(assign.Worker?.Id, assign.Card.Version);
        var result = await data.RunAsync((db, user) =>
            AssignCase.HandleAsync(assign.Card.CaseId, request, db, user, clock, CancellationToken.None));
        return PageData.ProblemCode(result.Result);
    }

    public async Task<MoveOutcome> MoveAsync(PendingMove move)
    {
        var request = new MoveCaseRequest(move.Target.StageId, move.Card.Version, move.OverrideReason);
        if (PageData.InputProblem(request) is { } invalid) return new MoveOutcome.Refused(invalid);
        var result = await data.RunAsync((db, user) =>
            MoveCase.HandleAsync(move.Card.CaseId, request, db, user, clock, CancellationToken.None));
        if (PageData.ProblemCode(result.Result) is { } code)
        {
            return code == "Cases.WipLimitReached" && string.IsNullOrWhiteSpace(move.OverrideReason)
                ? new MoveOutcome.NeedsOverride()
                : new MoveOutcome.Refused(code);
        }
        var board = await LoadBoardAsync(new ServiceId(move.ServiceId));
        return board is null ? new MoveOutcome.Refused("NotFound") : new MoveOutcome.Moved(board);
    }
}
