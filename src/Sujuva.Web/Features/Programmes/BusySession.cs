namespace Sujuva.Web.Features.Programmes;

/// <summary>A coach's session already on the calendar, which a new one may not overlap; Label names it in a refusal.</summary>
public sealed record BusySession(Guid Id, string Label, DateTime StartUtc, DateTime EndUtc)
{
    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;
}
