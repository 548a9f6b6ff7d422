namespace Sujuva.Web.Features.Programmes;

/// <summary>Where a session lands: its number in the programme (1-based) and its time in UTC.</summary>
public sealed record SessionSlot(int Number, DateTime StartUtc, DateTime EndUtc);
