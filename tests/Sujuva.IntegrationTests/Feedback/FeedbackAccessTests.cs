using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Feedback;

public sealed class FeedbackAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ServiceFeedback_ItsTeamAndManagersSeeIt_OtherTeamGets404(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = 4, comment = "Hyvä" });
        var path = $"/api/services/{closed.ServiceId}/feedback";

        var mine = await coach.GetFromJsonAsync<ServiceFeedbackDto>(path, Ct);
        var manager = await (await app.SignInAsync(FixtureNetwork.Manager)).GetAsync(path, Ct);
        var otherTeam = await (await app.SignInAsync(FixtureNetwork.Instructor)).GetAsync(path, Ct);
        var anonymous = await app.Anonymous().GetAsync(path, Ct);

        Assert.Equal((1, 100.0, 4.0), (mine!.Figures.Answers, mine.Figures.CsatPercent!.Value, mine.Figures.MeanRating!.Value));
        Assert.Equal("Hyvä", Assert.Single(mine.Comments).Comment);
        Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ServiceFeedback_ShowsTheLatestRatingWhateverTheFilters_ButNothingAfterThePeriod(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (first, firstLink) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        var (_, secondLink) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(firstLink), new { rating = 5, comment = "Kiitos" });
        app.Clock.Advance(TimeSpan.FromDays(1));
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(secondLink), new { rating = 2 });
        coach = await app.SignInAsync(FixtureNetwork.Coach);  // a day later the coach signs in again
        var path = $"/api/services/{first.ServiceId}/feedback";

        var fives = await coach.GetFromJsonAsync<ServiceFeedbackDto>($"{path}?rating=5", Ct);
        var untilYesterday = await coach.GetFromJsonAsync<ServiceFeedbackDto>($"{path}?from=2026-01-01&to=2026-03-02", Ct);
        var beforeAny = await coach.GetFromJsonAsync<ServiceFeedbackDto>($"{path}?from=2026-01-01&to=2026-02-28", Ct);

        Assert.Equal(5, Assert.Single(fives!.Comments).Rating);
        Assert.Equal(2, fives.Latest!.Rating);
        Assert.Equal(5, untilYesterday!.Latest!.Rating);
        Assert.Equal(first.Id, untilYesterday.Latest.CaseId);
        Assert.Null(beforeAny!.Latest);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_WorkerGets403_TeamLeadGetsCsv(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, _) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        var path = $"/api/services/{closed.ServiceId}/feedback/export";

        var worker = await coach.GetAsync(path, Ct);
        var lead = await (await app.SignInAsync(FixtureNetwork.Lead)).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
        Assert.Equal("text/csv", lead.Content.Headers.ContentType!.MediaType);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task FeedbackAndExport_ReversedOrBadPeriod_Return400NamingTheField(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var (closed, _) = await FeedbackGiven.ClosedCaseLinkAsync(await app.SignInAsync(FixtureNetwork.Coach));

        foreach (var path in new[] { $"/api/services/{closed.ServiceId}/feedback", $"/api/services/{closed.ServiceId}/feedback/export" })
        {
            foreach (var (query, field) in new[] { ("from=2026-03-02&to=2026-03-01", "from"), ("to=yesterday", "to"), ("from=2026-13-01", "from") })
            {
                var response = await lead.GetAsync($"{path}?{query}", Ct);

                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Contains(field, (await Given.ProblemAsync(response)).Errors.Keys);
            }
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DeclinedReferral_LinkRatesTheDecliningService_OnTheSendingCase(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var sent = await (await coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = @case.Id, toServiceId = rehab.Id, reason = "Assessment", clientConsented = true }, Ct))
            .Content.ReadFromJsonAsync<ReferralDto>(Ct);
        await instructor.PostAsJsonAsync($"/api/referrals/{sent!.Id}/decline", new { reason = "Capacity", version = sent.Version }, Ct);

        var link = await FeedbackGiven.ShowAsync(coach, @case.Id);
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = 2 });

        var answer = Assert.Single((await FeedbackGiven.CaseFeedbackAsync(coach, @case.Id)).Answers);
        Assert.Equal((rehab.Id, "ReferralDeclined"), (answer.ServiceId, answer.EventKind));
        var rehabFeedback = await instructor.GetFromJsonAsync<ServiceFeedbackDto>($"/api/services/{rehab.Id}/feedback", Ct);
        Assert.Equal([0, 1, 0, 0, 0], rehabFeedback!.Figures.RatingCounts);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task FeedbackPage_UnknownToken_IsAFriendlyPageNotAnError(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);

        var response = await app.Anonymous().GetAsync("/f/not-a-real-token", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }
}
