using System.Net;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Feedback;

/// <summary>A client's comment is plain text: markup and script in it show as text on every page that shows it.</summary>
public sealed class FeedbackEscapingTests
{
    private const string Hostile = "<script>alert('x')</script><b>bold</b><img src=x onerror=alert(1)>";
    private const string Escaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Comment_WithMarkup_IsShownEscapedOnCaseAndServicePages(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(coach);
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link), new { rating = 2, comment = Hostile });
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Coach);

        foreach (var path in new[] { $"/cases/{closed.Id}", $"/services/{closed.ServiceId}/feedback" })
        {
            var response = await pages.GetAsync(path, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Escaped, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_CommentStartingWithAFormula_IsQuotedAsText(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var (closed, link) = await FeedbackGiven.ClosedCaseLinkAsync(lead);
        await FeedbackGiven.AnswerAsync(app.Anonymous(), FeedbackGiven.TokenOf(link),
            new { rating = 3, comment = "=HYPERLINK(\"http://evil\",\"x\"), and <b>" });

        var csv = await lead.GetStringAsync($"/api/services/{closed.ServiceId}/feedback/export", Ct);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), and <b>\",", csv, StringComparison.Ordinal);
        Assert.Contains(closed.ClientPseudonym, csv, StringComparison.Ordinal);
    }
}
