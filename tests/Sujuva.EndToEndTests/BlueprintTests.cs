using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The demo's published operating-model description of remote coaching prints: opened from the flow dashboard in Finnish, its
/// lanes shown, and in print media no navigation and nothing wider than an A4 page; the two versions compare side by
/// side with differences marked. Screenshots at 1920×1080, laptop size and as printed; axe on each page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BlueprintTests(AppFixture fixture)
{
    private const string LeanCoach = "sari.lehtonen@demo.sujuva.fi";

    /// <summary>A4 at 96 px per inch: 210 mm.</summary>
    private const int A4Width = 794;

    [Fact]
    public async Task Blueprint_OfRemoteCoaching_PrintsOnA4WithoutNavigation_AndVersionsCompare()
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, LeanCoach);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toimintamallin kuvaus", Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Toimintamallin kuvaus", Exact = true }));
        await page.Locator("#blueprint-service-0").SelectOptionAsync(new SelectOptionValue { Label = "Etätyövalmennus" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä", Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Julkaistut versiot" }));
        await Assertions.Expect(page.Locator(".blueprint-lane[data-lane=back] .blueprint-card").First).ToBeVisibleAsync();
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("blueprint-live-fi-1920"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Etätyövalmennus: toimintamalli etätapaamisin", Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Etätyövalmennus: toimintamalli etätapaamisin" }));
        await Assertions.Expect(page.Locator("[data-lane=front] .blueprint-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-lane=front]")).ToContainTextAsync("etänä");
        await Assertions.Expect(page.Locator("[data-lane=evidence]")).ToContainTextAsync("CSAT");
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("blueprint-version-fi-1920"), FullPage = true });
        await page.SetViewportSizeAsync(1366, 768);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("blueprint-version-fi-1366"), FullPage = true });

        // As printed on A4: no navigation nor tools, and nothing wider than the page.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(A4Width, 1123);
        await Assertions.Expect(page.Locator("header.mud-appbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".blueprint-tools")).ToBeHiddenAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= A4Width, $"The printed description is {width} px wide, wider than A4 ({A4Width} px).");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("blueprint-version-fi-print-a4"), FullPage = true });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Browser.ArtefactPath("blueprint-a4.pdf"), pdf, TestContext.Current.CancellationToken);
        Assert.True(pdf.Length > 1000);

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajantasaiseen kuvaukseen" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Vertaa kahta viimeisintä" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Vertaa kahta viimeisintä" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Versioiden vertailu" }));
        await Assertions.Expect(page.Locator(".blueprint-side")).ToHaveCountAsync(2);
        Assert.True(await page.Locator(".blueprint-side .changed").CountAsync() > 0);
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("blueprint-compare-fi-1920"), FullPage = true });
    }
}
