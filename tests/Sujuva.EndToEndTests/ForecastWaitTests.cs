using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Issue 6: the sender sees the expected wait of a new referral when choosing the receiving service, the
/// receiving team sees the same in its inbox, and the throughput run chart names its Anhøj signal.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ForecastWaitTests(AppFixture fixture)
{
    private const string Coach = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";
    private const string Receiver = "minna.partanen@demo.sujuva.fi";
    // The English UI shows the service's English name (the demo has names in fi, sv and en).
    private const string Rehabilitation = "Rehabilitative work activity";
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    [Fact]
    public async Task ReferralForm_ChoosingTheReceivingService_ShowsItsExpectedWaitWithBasis()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(Coach, Team, cases: 1);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, Coach);
        await AppFixture.OpenAsync(page, $"/cases/{board.Cases[0].CaseId}");
        await Assertions.Expect(page.Locator("[data-forecast-wait]")).ToHaveCountAsync(0);

        await page.GetByLabel("Service", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Rehabilitation });

        var wait = page.GetByRole(AriaRole.Region, new() { Name = $"Expected wait of a new referral to {Rehabilitation}" });
        await ExpectWaitAsync(wait);
        await wait.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referral-form-wait"), FullPage = true });
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    [Fact]
    public async Task ReferralInbox_ReceivingTeam_SeesTheWaitSendersAreTold()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, Receiver);
        await AppFixture.OpenAsync(page, "/referrals");

        var section = page.Locator("[data-inbox-wait]");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Expected wait of a new referral to us" })).ToBeVisibleAsync();
        await ExpectWaitAsync(section.GetByRole(AriaRole.Region, new() { Name = Rehabilitation, Exact = true }));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referral-inbox-wait") });
    }

    [Fact]
    public async Task ReferralInbox_InFinnish_WritesTheWaitInFinnishWithFinnishDates()
    {
        var page = await fixture.NewPageAsync(locale: "fi-FI");
        await AppFixture.SignInAsync(page, Receiver);
        await AppFixture.OpenAsync(page, "/referrals");

        var section = page.Locator("[data-inbox-wait]");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Uuden lähetteen odotusaika meille" })).ToBeVisibleAsync();
        await Assertions.Expect(section.Locator("[data-forecast=when] li").First)
            .ToHaveTextAsync(FinnishLikelyBy(), new() { Timeout = 30_000 });
        await Assertions.Expect(section.Locator(".forecast-basis").Last).ToContainTextAsync("Perusta: päivittäin aloitetut asiat");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referral-inbox-wait-fi") });
    }

    [Fact]
    public async Task FlowDashboard_ThroughputRunChart_NamesItsSignalAndTabulatesTheMedian()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");

        var figure = page.Locator("[data-chart=throughput]");
        await Assertions.Expect(figure.Locator("[data-signals]")).ToHaveTextAsync(SignalText());
        await figure.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Data table") }).ClickAsync();
        await Assertions.Expect(figure.Locator("thead")).ToContainTextAsync("Median");
        await Assertions.Expect(figure.Locator("thead")).ToContainTextAsync("In an unusually long run");
        await figure.ScrollIntoViewIfNeededAsync();
        await figure.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("throughput-run-chart") });

        var weekly = figure.GetByRole(AriaRole.Button, new() { Name = "Week", Exact = true });
        await weekly.ClickAsync();
        await Assertions.Expect(weekly).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(figure.GetByRole(AriaRole.Heading, new() { Name = "Throughput per ISO week, whole weeks in the period (run chart)" })).ToBeVisibleAsync();
        await Assertions.Expect(figure.Locator("[data-signals]")).ToHaveTextAsync(SignalText());
        await figure.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("throughput-run-chart-weekly") });
    }

    /// <summary>Three dated likelihoods with days, the basis window, and the queue ahead.</summary>
    private static async Task ExpectWaitAsync(ILocator wait)
    {
        await Assertions.Expect(wait.Locator("[data-forecast=when] li")).ToHaveTextAsync(
            [LikelyBy(50), LikelyBy(85), LikelyBy(95)], new() { Timeout = 30_000 });
        await Assertions.Expect(wait.Locator(".forecast-basis")).ToHaveTextAsync(BasisText());
        await Assertions.Expect(wait.Locator(".forecast-ahead")).ToHaveTextAsync(AheadText());
    }

    private static Regex LikelyBy(int percent) => new($@"^{percent} % likely by \d{{2}}/\d{{2}}/\d{{4}} \(\d+ days\)$");

    [GeneratedRegex(@"^Basis: cases started per day from \d{2}/\d{2}/\d{4} to \d{2}/\d{2}/\d{4} \(90 days, \d+ started\)\.$")]
    private static partial Regex BasisText();

    [GeneratedRegex(@"^50 %:n todennäköisyydellä \d{1,2}\.\d{1,2}\.\d{4} mennessä \(\d+ päivää\)$")]
    private static partial Regex FinnishLikelyBy();

    [GeneratedRegex(@"^\d+ cases are ahead in the queue\.$")]
    private static partial Regex AheadText();

    [GeneratedRegex("Shift: |Too few crossings: |No sign of non-random variation")]
    private static partial Regex SignalText();
}
