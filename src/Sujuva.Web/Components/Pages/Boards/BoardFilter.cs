using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>The board's filters: text in the pseudonym or block reason, blocked only, minimum age in the stage.</summary>
public sealed class BoardFilter
{
    public string Text { get; set; } = "";

    public bool BlockedOnly { get; set; }

    public int? MinDaysInStage { get; set; }

    public bool IsActive => Text.Length > 0 || BlockedOnly || MinDaysInStage is > 0;

    public bool Shows(BoardCard card, DateTime now)
    {
        if (BlockedOnly && card.BlockedAt is null) return false;
        if (MinDaysInStage is int days && DaysInStage(card, now) < days) return false;
        var text = Text.Trim();
        return text.Length == 0
            || card.ClientPseudonym.Contains(text, StringComparison.OrdinalIgnoreCase)
            || (card.BlockedReason?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
    }

    /// <summary>Elapsed whole days in the current stage (METRICS.md §1, elapsed days, rounded down).</summary>
    public static int DaysInStage(BoardCard card, DateTime now) =>
        (int)Math.Floor((now - card.EnteredStageAt).TotalDays);
}
