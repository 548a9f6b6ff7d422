namespace Sujuva.Analytics.Improvements;

/// <summary>One answer of a proportion (METRICS.md §11): a CSAT answer rated 4–5 is Yes; later a session a client did not come to.</summary>
public readonly record struct YesNo(DateTime Instant, bool Yes);
