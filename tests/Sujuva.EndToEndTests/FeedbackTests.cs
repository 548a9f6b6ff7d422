using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>PRODUCT.md journey 4: a client answers on a phone in Swedish, without an account; the rating shows on the card.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    [Fact]
    public async Task Client_AnswersOnAPhoneInSwedish_RatingAppearsOnTheCard()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 1);
        var (caseId, pseudonym) = board.Cases[0];
        var url = await FeedbackLinkOfReopenedCaseAsync(caseId);

        var phone = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 390, Height = 844 });
        await phone.GotoAsync(new Uri(url).PathAndQuery);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Hur lyckades vi?" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        var axe = await phone.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
        await phone.GetByLabel("5 – Mycket nöjd").CheckAsync();
        await phone.GetByRole(AriaRole.Radio, new() { Name = "9", Exact = true }).CheckAsync();
        await phone.GetByLabel("Hur kan vi förbättra tjänsten?").FillAsync("Kvällstider skulle hjälpa <b>mig</b>.");
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("feedback-phone-sv"), FullPage = true });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Skicka respons" }).ClickAsync();

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Tack för din respons" })).ToBeVisibleAsync();
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page scrolls sideways on a phone: {width} px wide.");

        var desk = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(desk, TeamLead);
        await AppFixture.OpenAsync(desk, $"/boards/{board.ServiceId}");
        var card = desk.Locator(".case-card", new() { HasText = pseudonym });
        await Assertions.Expect(card.GetByRole(AriaRole.Img, new() { Name = "Latest client rating: 5 of 5" })).ToBeVisibleAsync();
        await desk.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("feedback-card-en") });

        await AppFixture.OpenAsync(desk, $"/cases/{caseId}");
        await Assertions.Expect(desk.GetByText("Kvällstider skulle hjälpa <b>mig</b>.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ServiceFeedback_ShowsFiguresChartsAndCommentsAccessibly()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 2);
        foreach (var (rating, (caseId, _)) in new[] { 5, 2 }.Zip(board.Cases))
        {
            var url = new Uri(await FeedbackLinkOfReopenedCaseAsync(caseId));
            using var client = new HttpClient { BaseAddress = fixture.App.BaseAddress };
            var answered = await client.PostAsJsonAsync("/api/feedback/public/" + url.Segments[^1], new { rating, comment = $"Arvio {rating}" }, TestContext.Current.CancellationToken);
            Assert.True(answered.IsSuccessStatusCode, $"{(int)answered.StatusCode}");
        }

        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/services/{board.ServiceId}/feedback");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Client feedback");
        await Assertions.Expect(page.Locator(".feedback-figures dd").Nth(1)).ToHaveTextAsync("50.0 %");
        await Assertions.Expect(page.GetByText("Arvio 2", new() { Exact = true })).ToBeVisibleAsync();
        // The latest rating is in view whatever the filters: the case was closed before it arrived.
        await Assertions.Expect(page.Locator(".latest-rating")).ToContainTextAsync("Latest client rating: 2 / 5");
        // Two answers a week are too few for a P chart's limits (FeedbackTrend.MinExpectedCount): the charts are monthly.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CSAT % per month (P chart)" })).ToBeVisibleAsync();
        // Both answers fall in this month: one marker per chart, on the measure's own axis, and no limits yet.
        var mean = page.Locator("[data-chart=mean-chart]");
        await Assertions.Expect(mean.Locator("svg")).ToHaveAttributeAsync("data-axis", "1-5");
        await Assertions.Expect(mean.Locator("svg circle.marker")).ToHaveCountAsync(1);
        await Assertions.Expect(mean.GetByText("Too few months for control limits", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-chart=csat-chart] svg")).ToHaveAttributeAsync("data-axis", "0-100");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("feedback-service-en"), FullPage = true });
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task Pulse_TeamMemberAnswers_OnceAWeek()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, "/pulse");

        await page.GetByLabel("4 – Satisfied").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved anonymously");
        await page.GetByLabel("3 – Neither satisfied nor dissatisfied").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("already answered");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("pulse-en") });
    }

    [Fact]
    public async Task CasePage_WorkerShowsTheLinkAsTextAndQrCode()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 1);
        var caseId = board.Cases[0].CaseId;
        var earlier = await FeedbackLinkOfReopenedCaseAsync(caseId);

        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/cases/{caseId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show link and QR code" }).ClickAsync();

        var link = page.GetByLabel("Feedback link for the client");
        await Assertions.Expect(link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/f/[A-Za-z0-9_-]{43}$"));
        Assert.NotEqual(earlier, await link.InputValueAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code of the feedback link" }).Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Send by e-mail" })).ToHaveAttributeAsync("href",
            new System.Text.RegularExpressions.Regex("^mailto:"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("feedback-case-link-en"), FullPage = true });
    }

    /// <summary>Closes the case (which issues its link), shows the link, and reopens the case so its card is on the board.</summary>
    private async Task<string> FeedbackLinkOfReopenedCaseAsync(Guid caseId)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        var login = await Json(await http.PostAsJsonAsync("/api/auth/login", new { email = TeamLead, password = AppFixture.DemoPassword }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var version = (await http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("version").GetInt32();
        var closed = await Json(await http.PostAsJsonAsync($"/api/cases/{caseId}/close", new { outcome = "GoalReached", version }));
        var links = await http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/feedback");
        var linkId = links.GetProperty("links")[0].GetProperty("id").GetGuid();
        var shown = await Json(await http.PostAsync($"/api/cases/{caseId}/feedback-links/{linkId}/show", null));
        await Json(await http.PostAsJsonAsync($"/api/cases/{caseId}/reopen", new { version = closed.GetProperty("version").GetInt32(), reason = "NeedReturned" }));
        return shown.GetProperty("url").GetString()!;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
