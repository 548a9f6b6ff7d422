namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>
/// A long column shows its first cards and a "show all" button, so a stage of 80 cards does not make the
/// page many screens tall. Cards come oldest in stage first, so the ones kept in view are the most aged;
/// the column's header still counts every card against its WIP limit.
/// </summary>
public static class ColumnCollapse
{
    /// <summary>Columns with more cards than this collapse.</summary>
    public const int Above = 30;

    /// <summary>
    /// The first Above cards, and any card the user moved on this page after them: a card just moved by
    /// keyboard must stay where the focus goes.
    /// </summary>
    public static IReadOnlyList<T> Visible<T>(IReadOnlyList<T> cards, Func<T, Guid> caseId, IReadOnlySet<Guid> kept) =>
        [.. cards.Where((card, i) => i < Above || kept.Contains(caseId(card)))];
}
