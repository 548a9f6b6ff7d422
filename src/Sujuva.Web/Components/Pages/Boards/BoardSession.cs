using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

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

/// <summary>
/// The board page's access to the same operations the REST API runs (BoardsApi, MoveCase), so the
/// rules, visibility and events are one. A fresh scope per operation: a circuit outlives a DbContext.
/// </summary>
public sealed class BoardSession(IServiceScopeFactory scopes, TimeProvider clock)
{
    private CurrentUser _user = new(new ClaimsPrincipal());

    public void SignedInAs(ClaimsPrincipal principal) => _user = new CurrentUser(principal);

    public async Task<BoardView?> LoadBoardAsync(ServiceId service)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var result = await BoardsApi.GetBoardAsync(service.Value, db, _user, CancellationToken.None);
        return result.Result is Ok<BoardView> ok ? ok.Value : null;
    }

    public async Task<MoveOutcome> MoveAsync(PendingMove move)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
            var request = new MoveCaseRequest(move.Target.StageId, move.Card.Version, move.OverrideReason);
            var result = await MoveCase.HandleAsync(move.Card.CaseId, request, db, _user, clock, CancellationToken.None);
            if (result.Result is ProblemHttpResult problem)
            {
                var code = problem.ProblemDetails.Extensions.TryGetValue("code", out var c) ? c as string : null;
                return code == "Cases.WipLimitReached" && string.IsNullOrWhiteSpace(move.OverrideReason)
                    ? new MoveOutcome.NeedsOverride()
                    : new MoveOutcome.Refused(code ?? "Board.MoveFailed");
            }
        }
        var board = await LoadBoardAsync(new ServiceId(move.ServiceId));
        return board is null ? new MoveOutcome.Refused("NotFound") : new MoveOutcome.Moved(board);
    }
}
