namespace Sujuva.Web.Features.Programmes;

/// <summary>Where a session lands: its number in the programme (1-based) and its time in UTC.</summary>
public sealed record SessionSlot(int Number, DateTime StartUtc, DateTime EndUtc);

/// <summary>A coach's session already on the calendar, which a new one may not overlap; Label names it in a refusal.</summary>
public sealed record BusySession(Guid Id, string Label, DateTime StartUtc, DateTime EndUtc)
{
    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;
}

/// <summary>A laid-out programme, or the first session that clashes and the coach's session it clashes with.</summary>
public sealed record SessionLayoutResult(IReadOnlyList<SessionSlot> Slots, int? ClashingNumber = null, BusySession? ClashesWith = null)
{
    public bool Clashes => ClashesWith is not null;
}
