using Sujuva.Web.Platform;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.IntegrationTests.Feedback;

public sealed class FeedbackTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_OpenLink_IsStoredBoundToTheLinksServiceEvent(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach, 0);
        var (other, _) = await FeedbackGiven.ClosedCaseLinkAsync(coach, 1);

        // The body names another case and service: the token alone decides what is rated.
        var response = await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link),
            new { rating = 4, recommendation = 9, comment = "Selkeää", language = "sv", caseId = other.Id, serviceId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var answer = Assert.Single((await FeedbackGiven.CaseFeedbackAsync(coach, closed.Id)).Answers);
        Assert.Equal((closed.Id, closed.ServiceId, "CaseClosed", closed.ClientPseudonym, 4, 9, "sv"),
            (answer.CaseId, answer.ServiceId, answer.EventKind, answer.ClientPseudonym, answer.Rating, answer.Recommendation, answer.Language));
        Assert.Empty((await FeedbackGiven.CaseFeedbackAsync(coach, other.Id)).Answers);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_SecondTimeWithSameToken_Returns409AndKeepsTheFirst(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        var token = FeedbackGiven.TokenOf(link);

        var first = await FeedbackGiven.AnswerAsync(app.Anonymous(), token, new { rating = 5 });
        var second = await FeedbackGiven.AnswerAsync(app.Anonymous(), token, new { rating = 1 });
        var lookUp = await app.Anonymous().GetFromJsonAsync<PublicLinkDto>($"/api/feedback/public/{token}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Answered", lookUp!.Status);
        Assert.Equal(5, Assert.Single((await FeedbackGiven.CaseFeedbackAsync(coach, closed.Id)).Answers).Rating);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_ManyAtOnceWithSameToken_StoresExactlyOne(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);

        var responses = await Task.WhenAll(Enumerable.Range(1, 5)
            .Select(i => FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = i })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.Single((await FeedbackGiven.CaseFeedbackAsync(coach, closed.Id)).Answers);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_AfterTheLinkLifetime_Returns410(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (_, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);

        app.Clock.Advance(TimeSpan.FromDays(14));
        var response = await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = 3 });
        var lookUp = await app.Anonymous().GetFromJsonAsync<PublicLinkDto>($"/api/feedback/public/{FeedbackGiven.TokenOf(link)}", Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Expired", lookUp!.Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Answer_JustBeforeAConfiguredLifetime_IsStored(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider, new Dictionary<string, string> { ["Feedback:LinkLifetimeDays"] = "2" });
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (_, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);

        app.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        var response = await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = 3 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), link.ExpiresAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Show_AgainReplacesTheSecret_OldTokenIsUnknown(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, first) = await FeedbackGiven.ClosedCaseLinkAsync(coach);

        var second = await FeedbackGiven.ShowAsync(coach, closed.Id);
        var old = await app.Anonymous().GetAsync($"/api/feedback/public/{FeedbackGiven.TokenOf(first)}", Ct);
        var fresh = await app.Anonymous().GetAsync($"/api/feedback/public/{FeedbackGiven.TokenOf(second)}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(first.LinkId, second.LinkId);
        Assert.True(FeedbackGiven.TokenOf(second).Length >= 22, "A token carries at least 128 bits.");
        Assert.StartsWith("<svg", second.QrSvg, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Show_LinkThroughAnotherCase_Returns404(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach, 0);
        var (other, _) = await FeedbackGiven.ClosedCaseLinkAsync(coach, 1);

        var wrongEvent = await coach.PostAsync($"/api/cases/{other.Id}/feedback-links/{link.LinkId}/show", null, Ct);
        var otherTeam = await (await app.SignInAsync(FixtureNetwork.Instructor))
            .PostAsync($"/api/cases/{closed.Id}/feedback-links/{link.LinkId}/show", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, wrongEvent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Database_StoresTheTokensHashNotTheToken(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (_, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);

        var stored = await app.WithDbAsync(db => db.Set<FeedbackLink>().SingleAsync(l => l.Id == new FeedbackLinkId(link.LinkId), Ct));

        Assert.Equal(SecretToken.HashOf(FeedbackGiven.TokenOf(link)), stored.TokenHash);
        Assert.Equal(32, stored.TokenHash.Length);
    }
}
