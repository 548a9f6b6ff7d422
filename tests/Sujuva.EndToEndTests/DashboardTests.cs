using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Journey 3 of the brief, first half: a manager opens the flow dashboard and narrows it down.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardTests(AppFixture fixture)
{
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    [Fact]
    public async Task FlowDashboard_ChangeServiceAndPeriod_FiguresChange()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Flow" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Flow dashboard", Exact = true }));
        var closed = page.Locator("tr[data-measure=Closed] td").First;
        var network = await closed.InnerTextAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Figure, new() { Name = "Cumulative flow" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-network"), FullPage = true });

        await page.GetByLabel("Scope", new() { Exact = true }).SelectOptionAsync("service");
        await page.GetByLabel("Service", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("scope=service", StringComparison.Ordinal));
        await Assertions.Expect(closed).Not.ToHaveTextAsync(network);
        var oneService = await closed.InnerTextAsync();
        var serviceUrl = page.Url;
        await AppFixture.WaitForReadyAsync(page);

        await page.GetByLabel("From").FillAsync("2020-01-01");
        await page.GetByLabel("To").FillAsync("2020-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("from=2020-01-01", StringComparison.Ordinal));
        await Assertions.Expect(closed).ToHaveTextAsync("0");
        Assert.NotEqual("0", oneService);

        await AppFixture.OpenAsync(page, serviceUrl);
        var table = page.GetByRole(AriaRole.Figure, new() { Name = "Lead time of closed cases" });
        var header = table.Locator("th[scope=col]", new() { HasText = "Lead time, days" });
        var toggle = table.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Data table \\([\\d,]+ rows\\)") });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(table.Locator("table")).ToHaveCountAsync(0);
        await toggle.ClickAsync();
        await Assertions.Expect(header).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        var csv = table.GetByRole(AriaRole.Button, new() { Name = "Download CSV" });
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        Assert.Equal("scatter.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("Closed on,\"Lead time, days\"", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-service"), FullPage = true });
    }

    [Fact]
    public async Task NetworkValueStream_DrillIntoEdge_ListsItsReferralsByPseudonym()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.GetByRole(AriaRole.Link, new() { Name = "Network value stream" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Network value stream", Exact = true }));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Referrals between services" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Show referrals" }).First.ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("edge=", StringComparison.Ordinal));
        var cases = page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Referrals .+ → .+") });
        await Assertions.Expect(cases).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=edge-cases-title] td.name").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^C-"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-network-value-stream"), FullPage = true });
    }
}
