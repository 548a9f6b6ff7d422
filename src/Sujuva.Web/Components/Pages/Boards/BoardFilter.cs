using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>
/// The board's filters: text in the pseudonym, the client's name shown on the card or the block reason, blocked only, minimum age in the stage,
/// and the worker (either of a case's two workers, nobody, or pair work).
/// </summary>
public sealed class BoardFilter
{
    /// <summary>The Worker value that keeps only cases no one is assigned to.</summary>
    public const string Unassigned = "none";

    /// <summary>The Worker value that keeps only cases worked in a pair.</summary>
    public const string PairWork = "pair";

    public string Text { get; set; } = "";

    public bool BlockedOnly { get; set; }

    public int? MinDaysInStage { get; set; }

    /// <summary>Empty for everyone, <see cref="Unassigned"/>, <see cref="PairWork"/>, or a worker's id (the assignee or the pair).</summary>
    public string Worker { get; set; } = "";

    /// <summary>A block reason's name in the reader's language, so the filter finds what the card shows.</summary>
    public Func<Features.Cases.BlockReason, string>? BlockReasonName { get; set; }

    /// <summary>
    /// The client's name a card shows, by case id, or null: the search matches only names the page was allowed
    /// to read (and audited), so it never finds a client by a name the user cannot see.
    /// </summary>
    public Func<Guid, string?>? ClientName { get; set; }

    public bool IsActive => Text.Length > 0 || BlockedOnly || MinDaysInStage is > 0 || Worker.Length > 0;

    public bool Shows(BoardCard card, DateTime now)
    {
        if (BlockedOnly && card.BlockedAt is null) return false;
        if (MinDaysInStage is int days && DaysInStage(card, now) < days) return false;
        if (!ShowsWorker(card)) return false;
        var text = Text.Trim();
        return text.Length == 0
            || card.ClientPseudonym.Contains(text, StringComparison.OrdinalIgnoreCase)
            || (ClientName?.Invoke(card.CaseId)?.Contains(text, StringComparison.CurrentCultureIgnoreCase) ?? false)
            || (card.BlockedReason is { } reason && (reason.ToString().Contains(text, StringComparison.OrdinalIgnoreCase)
                || (BlockReasonName?.Invoke(reason).Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)));
    }

    private bool ShowsWorker(BoardCard card) => Worker switch
    {
        "" => true,
        Unassigned => card.AssigneeId is null,
        PairWork => card.PairId is not null,
        _ => Guid.TryParse(Worker, out var id) && (card.AssigneeId == id || card.PairId == id),
    };

    /// <summary>
    /// Elapsed whole days in the current stage (METRICS.md §1, elapsed days, rounded down); never below
    /// zero, as a card moved after the page read its clock would otherwise show -1.
    /// </summary>
    public static int DaysInStage(BoardCard card, DateTime now) =>
        Math.Max(0, (int)Math.Floor((now - card.EnteredStageAt).TotalDays));
}
