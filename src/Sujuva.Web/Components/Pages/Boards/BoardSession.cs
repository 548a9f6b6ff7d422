using Sujuva.Web.Components.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>A card the user wants in another stage; OverrideReason when the stage is at its WIP limit.</summary>
public sealed record PendingMove(Guid ServiceId, BoardCard Card, BoardColumn Target, string? OverrideReason);

public abstract record MoveOutcome
{
    public sealed record Moved(BoardView Board) : MoveOutcome;

    public sealed record NeedsOverride : MoveOutcome;

    /// <summary>Refused or stale (PageData.Text shows why).</summary>
    public sealed record Refused(Refusal Refusal) : MoveOutcome;
}

/// <summary>The board page's operations: the same BoardsApi and MoveCase the REST API runs.</summary>
public sealed class BoardSession(PageData data, FlowCache cache, TimeProvider clock)
{
    public async Task<BoardView?> LoadBoardAsync(ServiceId service) =>
        (await data.RunAsync((db, user) => ShowBoard.LoadAsync(service.Value, db, user, clock.GetUtcNow().UtcDateTime, CancellationToken.None))).Value;

    public Task<BoardAging> LoadAgingAsync(IReadOnlyCollection<ServiceId> services) =>
        data.RunAsync((db, _) => BoardAging.LoadAsync(db, cache, services, clock.GetUtcNow().UtcDateTime, CancellationToken.None));

    /// <summary>Assigns (or, with no worker, unassigns) as AssignCase does; null on success, else why not.</summary>
    public async Task<Refusal?> AssignAsync(PendingAssign assign)
    {
        var request = new AssignCaseRequest(assign.Worker?.Id, assign.Card.Version);
        var outcome = await data.RunAsync((db, user) =>
            AssignCase.ApplyAsync(assign.Card.CaseId, request, db, user, clock, CancellationToken.None));
        return outcome.Refusal;
    }

    /// <summary>Gives the case a pair (or, with no worker, clears it) as PairCase does; null on success, else why not.</summary>
    public async Task<Refusal?> PairAsync(PendingPair pair)
    {
        var request = new PairCaseRequest(pair.Worker?.Id, pair.Card.Version);
        var outcome = await data.RunAsync((db, user) =>
            PairCase.ApplyAsync(pair.Card.CaseId, request, db, user, clock, CancellationToken.None));
        return outcome.Refusal;
    }

    public async Task<MoveOutcome> MoveAsync(PendingMove move)
    {
        var request = new MoveCaseRequest(move.Target.StageId, move.Card.Version, move.OverrideReason);
        if (InputRules.Refuse(request) is { } invalid) return new MoveOutcome.Refused(invalid);
        var outcome = await data.RunAsync((db, user) =>
            MoveCase.ApplyAsync(move.Card.CaseId, request, db, user, clock, CancellationToken.None));
        if (outcome.Refusal is { } refusal)
        {
            return refusal.Code == "Cases.WipLimitReached" && string.IsNullOrWhiteSpace(move.OverrideReason)
                ? new MoveOutcome.NeedsOverride()
                : new MoveOutcome.Refused(refusal);
        }
        var board = await LoadBoardAsync(new ServiceId(move.ServiceId));
        return board is null ? new MoveOutcome.Refused(Refusal.NotFound("serviceId")) : new MoveOutcome.Moved(board);
    }
}
