namespace Sujuva.Analytics.Improvements;

/// <summary>
/// One case's value of a case measure and the instant it counts at (METRICS.md §11: e.g. lead time at the close,
/// queue time at the first working entry). CaseId is what the chart shows as x: the caller passes a pseudonym.
/// </summary>
public sealed record CaseValue(string CaseId, DateTime Instant, double Value);
