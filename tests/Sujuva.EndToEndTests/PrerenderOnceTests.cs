using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// A page opened as a new document is prerendered and then rendered again on its circuit. The data of
/// the dashboards, the process map, the network page and the audit page is read once per visit: the
/// circuit takes what the prerendering read (OncePerVisit) instead of reading the database again.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PrerenderOnceTests(AppFixture fixture)
{
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    [Theory]
    [InlineData("/dashboards/flow", "flow:")]
    [InlineData("/dashboards/process", "process:")]
    [InlineData("/dashboards/network", "network:")]
    public async Task Dashboard_OpenedAsNewDocument_ReadsItsDataOnce(string path, string key)
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AssertReadOnceAsync(page, path, key);
    }

    [Theory]
    [InlineData("service", "forecast:")]
    [InlineData("team", "team-pulse:")]
    public async Task FlowDashboardForAServiceOrTeam_ReloadedAsNewDocument_ReadsItsPartsOnce(string scope, string key)
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.GetByLabel("Scope", new() { Exact = true }).SelectOptionAsync(scope);
        var id = await page.Locator("#dashboard-id option").First.GetAttributeAsync("value");
        await AssertReadOnceAsync(page, $"/dashboards/flow?scope={scope}&id={id}", key);
    }

    [Fact]
    public async Task HomeStandUpAndPulseResults_OpenedAsNewDocuments_ReadTheirDataOnce()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1400, Height = 1000 });
        await AppFixture.SignInAsync(page, "eetu.rantanen@demo.sujuva.fi");
        await AssertReadOnceAsync(page, "/", "home");
        var standUp = await page.Locator("a[href$='/standup']").First.GetAttributeAsync("href");
        await AssertReadOnceAsync(page, standUp!, "standup:");
        await AssertReadOnceAsync(page, "/pulse/results", "pulse-results:");
    }

    [Fact]
    public async Task AuditPage_OpenedAsNewDocument_ReadsItsDataOnce()
    {
        var page = await AdminAuthenticator.SignedInPageAsync(fixture);
        await AssertReadOnceAsync(page, "/admin/audit?kind=SignIn", "audit:");
    }

    private async Task AssertReadOnceAsync(IPage page, string path, string key)
    {
        var before = fixture.App.LogLines.Count;
        await AppFixture.OpenAsync(page, path);
        // The app is another process: its log lines come through a pipe and may arrive after the page is ready.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!fixture.App.LogLines.Skip(before).Any(l => l.Contains($"Carried over from prerendering: {key}", StringComparison.Ordinal))
            && waited.ElapsedMilliseconds < 10_000)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        var lines = fixture.App.LogLines.Skip(before).ToList();
        var loaded = lines.Where(l => l.Contains($"Loaded {key}", StringComparison.Ordinal)).ToList();
        var carried = lines.Where(l => l.Contains($"Carried over from prerendering: {key}", StringComparison.Ordinal)).ToList();
        Assert.True(loaded.Count == 1 && loaded[0].EndsWith("while prerendering", StringComparison.Ordinal),
            $"Expected one load while prerendering for {path}, got: {string.Join(" | ", loaded)}");
        Assert.Single(carried);
    }
}
