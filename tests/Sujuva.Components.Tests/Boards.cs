using FlowPercentiles = Sujuva.Analytics.Flow.FlowPercentiles;
using Sujuva.Web.Components.Pages.Boards;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Components.Tests;

/// <summary>A small board to render: Queue (waiting), Work (working, WIP limit 2), Done; cards by the caller.</summary>
public static class Boards
{
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    public static readonly BoardWorker Aino = new(Guid.Parse("0196a000-0000-7000-8000-000000000001"), "Aino Valmentaja");
    public static readonly BoardWorker Eero = new(Guid.Parse("0196a000-0000-7000-8000-000000000002"), "Eero Esihenkilö");

    public static BoardCard Card(string pseudonym, BoardWorker? assignee = null, BlockReason? blocked = null, double daysInStage = 1) =>
        new(Guid.NewGuid(), pseudonym, Now.AddDays(-20), Now.AddDays(-daysInStage), blocked, blocked is null ? null : Now.AddDays(-2), 1,
            assignee?.Id, assignee?.Name);

    public static BoardView Of(BoardCard[] queue, BoardCard[] work, BoardCard[]? done = null) =>
        new(Guid.NewGuid(), "Perhesosiaalityö",
        [
            new(Guid.NewGuid(), "Queue", StageKind.Waiting, null, queue.Length, queue),
            new(Guid.NewGuid(), "Work", StageKind.Working, 2, work.Length, work),
            new(Guid.NewGuid(), "Done", StageKind.Working, null, (done ?? []).Length, done ?? []),
        ])
        {
            TeamId = Guid.NewGuid(), TeamName = "Perhetiimi", Workers = [Aino, Eero],
        };

    public static BoardContext Context(BoardFilter? filter = null, BoardAging? aging = null) =>
        new() { Filter = filter ?? new BoardFilter(), Now = Now, Aging = aging ?? BoardAging.None };

    /// <summary>Bands 5 / 8 / 12 / 20 days at 50 / 70 / 85 / 95 %.</summary>
    public static FlowPercentiles Bands { get; } = new(40, 5, 8, 12, 20);
}
