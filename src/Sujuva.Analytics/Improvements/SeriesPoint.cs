namespace Sujuva.Analytics.Improvements;

/// <summary>
/// One point of a measure series (METRICS.md §11): X is the ISO week ("2026-W05") or the case's pseudonym,
/// Instant the week's start or the case value's instant (UTC), Y the value, N the count behind a weekly point
/// (null for a case point and for counts), Phase the phase in force for it.
/// </summary>
public sealed record SeriesPoint(string X, DateTime Instant, double Y, int? N, int Phase);
