using Sujuva.Analytics.Feedback;

namespace Sujuva.Analytics.Tests.Feedback;

public sealed class FeedbackFiguresTests
{
    private const int Precision = 9;

    [Fact]
    public void Of_EmptySet_HasNoFiguresButZeroCounts()
    {
        var figures = FeedbackFigures.Of([], []);

        Assert.Equal(0, figures.Answers);
        Assert.Null(figures.CsatPercent);
        Assert.Null(figures.MeanRating);
        Assert.Null(figures.Nps);
        Assert.Equal([0, 0, 0, 0, 0], figures.RatingCounts);
        Assert.Equal(11, figures.RecommendationCounts.Count);
    }

    [Fact]
    public void Of_TenRatings_CsatIsTopTwoBoxAndMeanIsTheAverage()
    {
        // 1, 2, 3, 3, 4, 4, 4, 5, 5, 5: top two box 6 of 10 = 60 %; sum 36 → mean 3.6.
        var figures = FeedbackFigures.Of([1, 2, 3, 3, 4, 4, 4, 5, 5, 5], []);

        Assert.Equal(10, figures.Answers);
        Assert.Equal([1, 1, 2, 3, 3], figures.RatingCounts);
        Assert.Equal(60, figures.CsatPercent!.Value, Precision);
        Assert.Equal(3.6, figures.MeanRating!.Value, Precision);
    }

    [Fact]
    public void Of_ThreeRatings_CsatIsAThirdOfTheAnswers()
    {
        // 5, 3, 2: one of three satisfied → 33.33 %; mean 10/3.
        var figures = FeedbackFigures.Of([5, 3, 2], []);

        Assert.Equal(100.0 / 3, figures.CsatPercent!.Value, Precision);
        Assert.Equal(10.0 / 3, figures.MeanRating!.Value, Precision);
    }

    [Fact]
    public void Of_Recommendations_NpsIsPromotersMinusDetractorsOverAll()
    {
        // 10, 9, 9 promoters; 8, 7 passives; 6, 0 detractors: (3 − 2) / 7 = 14.29; unanswered ones do not count.
        var figures = FeedbackFigures.Of([4], [10, 9, 9, 8, 7, 6, 0, null, null]);

        Assert.Equal(7, figures.RecommendationAnswers);
        Assert.Equal(100.0 / 7, figures.Nps!.Value, Precision);
    }

    [Fact]
    public void Of_OnlyPassives_NpsIsZero() =>
        Assert.Equal(0, FeedbackFigures.Of([], [7, 8, 8]).Nps!.Value, Precision);

    [Fact]
    public void Of_AllDetractors_NpsIsMinusHundred() =>
        Assert.Equal(-100, FeedbackFigures.Of([], [0, 3, 6]).Nps!.Value, Precision);

    [Fact]
    public void Of_RatingOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackFigures.Of([0], []));

    [Fact]
    public void Of_RecommendationOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackFigures.Of([], [11]));
}
