using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Issue 6: the process map of the live log, and the forecasts on a service's flow dashboard.</summary>
[Collection(AppCollection.Name)]
public sealed class ProcessMapTests(AppFixture fixture)
{
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    [Fact]
    public async Task ProcessMap_SwitchMeasureAndPickVariant_MapChanges()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.GetByRole(AriaRole.Link, new() { Name = "Process map" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Process map", Exact = true }));
        var map = page.Locator("svg.process-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-measure", "frequency");
        var label = map.Locator("g.process-edge text").First;
        await Assertions.Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        var allEdges = await map.Locator("g.process-edge").CountAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("process-map-frequency"), FullPage = true });

        await page.GetByLabel("Edge label").SelectOptionAsync("median");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("measure=median", StringComparison.Ordinal));
        await AppFixture.WaitForReadyAsync(page, page.Locator("svg.process-map[data-measure=median]"));
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Process map"));
        await Assertions.Expect(map).ToHaveAttributeAsync("data-measure", "median");
        await Assertions.Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@" (d|h|min)$"));

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));

        await page.GetByRole(AriaRole.Link, new() { Name = "Show variant 1 on the map" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("variant=1", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tr[data-variant='1'][aria-current=true]")).ToBeVisibleAsync();
        Assert.True(await map.Locator("g.process-edge").CountAsync() < allEdges);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("process-map-variant"), FullPage = true });
    }

    [Fact]
    public async Task FlowDashboard_Service_ShowsForecastPanel()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.GetByLabel("Scope", new() { Exact = true }).SelectOptionAsync("service");
        await page.GetByLabel("Service", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("scope=service", StringComparison.Ordinal));

        var panel = page.Locator("section[data-forecasts]");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Forecasts" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(panel.Locator(".forecast-basis, .forecast-refusal").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("flow-forecasts"), FullPage = true });
    }
}
