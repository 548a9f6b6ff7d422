using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>One stage of one service's board, as a part of a shown column.</summary>
public sealed record StagePart(BoardView Board, BoardColumn Stage)
{
    public bool IsOver => Stage.WipLimit is int limit && Stage.Count > limit;

    public bool IsFull => Stage.WipLimit is int limit && Stage.Count == limit;
}

/// <summary>
/// A column on screen: one stage (a service's board, or the network board per service), or every
/// stage of a kind across services (the network board by stage kind). Key is stable for ids.
/// </summary>
public sealed record LayoutColumn(string Key, string Title, StageKind? Kind, IReadOnlyList<StagePart> Parts)
{
    public int Count => Parts.Sum(p => p.Stage.Count);

    /// <summary>Only a single stage has a WIP limit of its own; a kind column reports its stages' limits instead.</summary>
    public int? WipLimit => Parts.Count == 1 ? Parts[0].Stage.WipLimit : null;

    public bool IsOver => Parts.Any(p => p.IsOver);

    public bool IsFull => Parts.Count == 1 && Parts[0].IsFull;

    public IEnumerable<(StagePart Part, BoardCard Card)> Cards =>
        Parts.SelectMany(p => p.Stage.Cards.Select(c => (p, c)));

    public static IReadOnlyList<LayoutColumn> OfBoard(BoardView board) =>
        [.. board.Columns.Select(c => new LayoutColumn($"{c.StageId:N}", c.Name, c.Kind, [new StagePart(board, c)]))];

    /// <summary>The network board per service: every stage of every chosen service, service by service.</summary>
    public static IReadOnlyList<LayoutColumn> PerService(IEnumerable<BoardView> boards) =>
        [.. boards.SelectMany(b => b.Columns.Select(c =>
            new LayoutColumn($"{c.StageId:N}", $"{b.ServiceName} · {c.Name}", c.Kind, [new StagePart(b, c)])))];

    /// <summary>The network board one column per service: each service's cards in one column, stage by stage (Kind null: both kinds).</summary>
    public static IReadOnlyList<LayoutColumn> OnePerService(IEnumerable<BoardView> boards) =>
        [.. boards.Select(b => new LayoutColumn($"service-{b.ServiceId:N}", b.ServiceName, null, [.. b.Columns.Select(c => new StagePart(b, c))]))];

    /// <summary>The CSS class of a column's kind; a column of a whole service has both.</summary>
    public string KindCss => Kind switch { StageKind.Waiting => "waiting", StageKind.Working => "working", _ => "mixed" };

    /// <summary>The network board by the common stage kinds: all waiting stages, then all working ones.</summary>
    public static IReadOnlyList<LayoutColumn> PerKind(IReadOnlyList<BoardView> boards, string waiting, string working) =>
    [
        new("waiting", waiting, StageKind.Waiting, StagesOf(boards, StageKind.Waiting)),
        new("working", working, StageKind.Working, StagesOf(boards, StageKind.Working)),
    ];

    private static StagePart[] StagesOf(IReadOnlyList<BoardView> boards, StageKind kind) =>
        [.. boards.SelectMany(b => b.Columns.Where(c => c.Kind == kind).Select(c => new StagePart(b, c)))];
}
