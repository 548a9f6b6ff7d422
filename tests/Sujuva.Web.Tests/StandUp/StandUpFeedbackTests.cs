using Sujuva.Web.Features;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.StandUp;

namespace Sujuva.Web.Tests.StandUp;

public sealed class StandUpFeedbackTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ServiceId Coaching = new(Guid.CreateVersion7(Monday));
    private static readonly Dictionary<ServiceId, string> Services = new() { [Coaching] = "Valmennus" };

    [Fact]
    public void Summarise_Answers_CountsMeanAndCommentsNewestFirst()
    {
        FeedbackAnswer[] answers = [Answer(5, "Kiitos", 1), Answer(2, null, 2), Answer(4, "Hyvä", 3)];

        var view = StandUpFeedback.Summarise(answers, answers[2], Services);

        Assert.Equal(3, view.Answers);
        Assert.Equal(11 / 3.0, view.MeanRating!.Value, 6);
        Assert.Equal(["Hyvä", "Kiitos"], view.Comments.Select(c => c.Comment));
        Assert.All(view.Comments, c => Assert.Equal("Valmennus", c.Service));
        Assert.Equal(new StandUpRating(Monday.AddHours(3), "Valmennus", 4), view.Latest);
    }

    [Fact]
    public void Summarise_NoAnswers_HasNoMeanAndNoLatest()
    {
        var view = StandUpFeedback.Summarise([], null, Services);

        Assert.Equal((0, null, 0, null), (view.Answers, view.MeanRating, view.Comments.Count, view.Latest));
    }

    [Theory]
    [InlineData(10, null, 10, 0)]
    [InlineData(10, 4, 4, 6)]
    [InlineData(3, 4, 3, 0)]
    [InlineData(0, 4, 0, 0)]
    public void WallList_CapsAndCountsTheRest(int count, int? max, int shown, int hidden)
    {
        var items = Enumerable.Range(1, count).ToList();

        Assert.Equal(shown, WallList.Shown(items, max).Count());
        Assert.Equal(hidden, WallList.Hidden(items, max));
        Assert.Equal(items.Take(shown), WallList.Shown(items, max));
    }

    [Theory]
    [InlineData("Olli Lehtonen", "Olli L.")]
    [InlineData("Anna-Maija von Wright", "Anna-Maija W.")]
    [InlineData("  Kaisa  ", "Kaisa")]
    [InlineData(null, "–")]
    [InlineData("", "–")]
    public void WallList_NamesAPersonShortly(string? name, string expected) => Assert.Equal(expected, WallList.Person(name));

    private static FeedbackAnswer Answer(int rating, string? comment, int hoursAfterMonday)
    {
        var link = FeedbackLink.Issue(FeedbackEventKind.CaseClosed, new CaseId(Guid.CreateVersion7(Monday)), null, Coaching,
            new TeamId(Guid.CreateVersion7(Monday)), "C-TEST", Monday);
        return FeedbackAnswer.For(link, rating, null, comment, "fi", Monday.AddHours(hoursAfterMonday));
    }
}
