using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>How the board's rows are drawn: one row, a row per team working the services, or a row per worker.</summary>
public enum LaneMode
{
    None,
    Team,
    Worker,
}

public sealed record BoardLane(string Key, string Title);

/// <summary>
/// Swimlanes: rows crossing the stage columns. A case's team is the team working its service; its
/// worker is its assignee, and unassigned cases share the last row so none is hidden.
/// </summary>
public static class Lanes
{
    public const string UnassignedKey = "unassigned";

    public static string KeyOf(LaneMode mode, BoardView board, BoardCard card) => mode switch
    {
        LaneMode.Team => $"{board.TeamId:N}",
        LaneMode.Worker => card.AssigneeId is { } id ? $"{id:N}" : UnassignedKey,
        _ => "",
    };

    public static IReadOnlyList<BoardLane> Of(LaneMode mode, IReadOnlyList<BoardView> boards, string unassignedTitle)
    {
        switch (mode)
        {
            case LaneMode.Team:
                return [.. boards.DistinctBy(b => b.TeamId).OrderBy(b => b.TeamName, StringComparer.CurrentCulture)
                    .Select(b => new BoardLane($"{b.TeamId:N}", b.TeamName))];
            case LaneMode.Worker:
                var cards = boards.SelectMany(b => b.Columns).SelectMany(c => c.Cards).ToList();
                var workers = cards.Where(c => c.AssigneeId is not null)
                    .DistinctBy(c => c.AssigneeId)
                    .OrderBy(c => c.AssigneeName, StringComparer.CurrentCulture)
                    .Select(c => new BoardLane($"{c.AssigneeId:N}", c.AssigneeName ?? "?"));
                return [.. workers, new BoardLane(UnassignedKey, unassignedTitle)];
            default:
                return [new BoardLane("", "")];
        }
    }
}

/// <summary>The network board's columns: the common stage kinds across services, or every service's own stages.</summary>
public enum NetworkGrouping
{
    ByKind,
    PerService,

    /// <summary>One column per service, its cards stage by stage: the board a user opens with their own services.</summary>
    OnePerService,
}
