namespace Sujuva.Web.Features.Programmes;

/// <summary>A laid-out programme, or the first session that clashes and the coach's session it clashes with.</summary>
public sealed record SessionLayoutResult(IReadOnlyList<SessionSlot> Slots, int? ClashingNumber = null, BusySession? ClashesWith = null)
{
    public bool Clashes => ClashesWith is not null;
}
