namespace Sujuva.Analytics.Feedback;

/// <summary>
/// Client-feedback figures (METRICS.md §6). Always published with n and the count at each level
/// (GOV.UK). Figures of an empty set are null, not zero: nobody answered is not "0 % satisfied".
/// </summary>
public sealed record FeedbackFigures(
    int Answers, IReadOnlyList<int> RatingCounts, double? CsatPercent, double? MeanRating,
    int RecommendationAnswers, IReadOnlyList<int> RecommendationCounts, double? Nps)
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxRecommendation = 10;

    /// <summary>Ratings 1–5 and optional recommendations 0–10; values outside those ranges are refused.</summary>
    public static FeedbackFigures Of(IEnumerable<int> ratings, IEnumerable<int?> recommendations)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(recommendations);
        var ratingCounts = new int[MaxRating];
        foreach (var r in ratings)
        {
            if (r is < MinRating or > MaxRating) throw new ArgumentOutOfRangeException(nameof(ratings), r, "A rating is 1–5.");
            ratingCounts[r - 1]++;
        }

        var recommendationCounts = new int[MaxRecommendation + 1];
        foreach (var r in recommendations)
        {
            if (r is not { } score) continue;
            if (score is < 0 or > MaxRecommendation)
                throw new ArgumentOutOfRangeException(nameof(recommendations), score, "A recommendation is 0–10.");
            recommendationCounts[score]++;
        }

        var n = ratingCounts.Sum();
        var m = recommendationCounts.Sum();
        return new FeedbackFigures(n, ratingCounts, Csat(ratingCounts), Mean(ratingCounts), m, recommendationCounts,
            NetPromoterScore(recommendationCounts));
    }

    /// <summary>CSAT % = 100 · n(4–5) / n(1–5), the top-two box.</summary>
    public static double? Csat(IReadOnlyList<int> ratingCounts)
    {
        ArgumentNullException.ThrowIfNull(ratingCounts);
        var n = ratingCounts.Sum();
        return n == 0 ? null : 100.0 * (ratingCounts[3] + ratingCounts[4]) / n;
    }

    /// <summary>Mean rating = Σ rating / n.</summary>
    public static double? Mean(IReadOnlyList<int> ratingCounts)
    {
        ArgumentNullException.ThrowIfNull(ratingCounts);
        var n = ratingCounts.Sum();
        if (n == 0) return null;
        var sum = 0.0;
        for (var i = 0; i < ratingCounts.Count; i++) sum += (i + 1) * ratingCounts[i];
        return sum / n;
    }

    /// <summary>NPS = 100 · (n(9–10) − n(0–6)) / n(0–10); passives (7–8) count in the denominator only.</summary>
    public static double? NetPromoterScore(IReadOnlyList<int> recommendationCounts)
    {
        ArgumentNullException.ThrowIfNull(recommendationCounts);
        var n = recommendationCounts.Sum();
        if (n == 0) return null;
        var promoters = recommendationCounts[9] + recommendationCounts[10];
        var detractors = recommendationCounts.Take(7).Sum();
        return 100.0 * (promoters - detractors) / n;
    }
}
