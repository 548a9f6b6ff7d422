namespace Sujuva.Analytics.Improvements;

/// <summary>A phase of a measure series: 0 is the baseline; From and To are UTC instants, To null for the phase in force now.</summary>
public sealed record SeriesPhase(int Index, DateTime From, DateTime? To);
