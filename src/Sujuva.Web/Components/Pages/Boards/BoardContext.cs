using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>A worker the user wants on a case (null unassigns).</summary>
public sealed record PendingAssign(Guid ServiceId, BoardCard Card, BoardWorker? Worker);

/// <summary>A second worker the user wants on a case (null clears the pair).</summary>
public sealed record PendingPair(Guid ServiceId, BoardCard Card, BoardWorker? Worker);

/// <summary>
/// What every column and card of one board page shares: the clock, the aging, the filter and the
/// page's operations. One object, so the single-service and network boards render the same cards.
/// </summary>
public sealed class BoardContext
{
    public required BoardFilter Filter { get; init; }

    public DateTime Now { get; set; }

    public BoardAging Aging { get; set; } = BoardAging.None;

    /// <summary>Clients' names by case id, only those the user may read (BoardNames); other cards show pseudonyms.</summary>
    public IReadOnlyDictionary<Guid, string> ClientNames { get; set; } = new Dictionary<Guid, string>();

    /// <summary>Network board: cards name their service, since a column holds several.</summary>
    public bool ShowsService { get; init; }

    /// <summary>Dragging needs a single target stage; columns grouped by stage kind allow keyboard moves only.</summary>
    public bool AllowsDrop { get; set; } = true;

    public Func<PendingMove, Task> Move { get; init; } = _ => Task.CompletedTask;

    /// <summary>
    /// Whether the user works for the team (CurrentUser.WorksFor): only then does a card offer moving and
    /// assigning, which the operations would refuse anyone else (managers and developers only look).
    /// </summary>
    public Func<Guid, bool> WorksFor { get; init; } = _ => true;

    public Func<PendingAssign, Task> Assign { get; init; } = _ => Task.CompletedTask;

    public Func<PendingPair, Task> Pair { get; init; } = _ => Task.CompletedTask;

    /// <summary>
    /// The card just moved: it is drawn anew in its new column, so the keyboard focus (lost with the old card)
    /// goes to its move button there. The card clears it once focused.
    /// </summary>
    public Guid? FocusAfterMove
    {
        get;
        set
        {
            field = value;
            if (value is { } moved) _keptVisible.Add(moved);
        }
    }

    private readonly HashSet<Guid> _keptVisible = [];

    /// <summary>Cards moved on this page: a collapsed column shows them even past its first cards (ColumnCollapse).</summary>
    public IReadOnlySet<Guid> KeptVisible => _keptVisible;

    public BoardCard? Dragged { get; set; }

    public BoardView? DraggedFrom { get; set; }

    /// <summary>A drop moves the dragged card only into a single stage of its own service's board.</summary>
    public Task DropAsync(LayoutColumn target)
    {
        var (card, from) = (Dragged, DraggedFrom);
        (Dragged, DraggedFrom) = (null, null);
        if (card is null || from is null || target.Parts is not [var part]) return Task.CompletedTask;
        if (part.Board.ServiceId != from.ServiceId || part.Stage.Cards.Any(c => c.CaseId == card.CaseId)) return Task.CompletedTask;
        return Move(new PendingMove(from.ServiceId, card, part.Stage, null));
    }
}
