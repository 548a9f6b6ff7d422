namespace Sujuva.Analytics.Improvements;

/// <summary>
/// Which way a measure improves (METRICS.md §11): a queue time is better lower, CSAT higher. A signal is only
/// useful to a team once it says whether the change helped, so every signal is read through this.
/// </summary>
public enum Better
{
    Lower,
    Higher,
}
