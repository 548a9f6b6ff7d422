using System.Net;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Feedback;

public sealed class FeedbackRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GuessingTokens_BeyondTheLimit_Returns429EvenForARealToken(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider,
            new Dictionary<string, string> { ["Feedback:PublicRequestsPerMinute"] = "5" });
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (_, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        var guesser = app.Anonymous();

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            guesses.Add((await guesser.GetAsync($"/api/feedback/public/{Guess()}", Ct)).StatusCode);
        var page = await guesser.GetAsync($"/f/{Guess()}", Ct);
        var real = await FeedbackGiven.AnswerAsync(guesser, FeedbackGiven.TokenOf(link), new { rating = 5 });

        Assert.All(guesses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, real.StatusCode);
        // Issue 12: a rate-limit refusal is problem details, as every other refusal is.
        Assert.Equal("application/problem+json", real.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Feedback.TooManyRequests", (await Given.ProblemAsync(real)).Code);
    }

    private static string Guess() => Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray())
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
