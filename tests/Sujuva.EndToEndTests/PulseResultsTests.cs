using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>The pulse results open on the last full month and show the demo's year of answers as a monthly trend.</summary>
[Collection(AppCollection.Name)]
public sealed class PulseResultsTests(AppFixture fixture)
{
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(390, 844)]
    public async Task PulseResults_InFinnish_LastFullMonthWithTheMonthlyTrend(int width, int height)
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = width, Height = height });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/pulse/results");

        var lastMonth = DateTime.UtcNow.AddDays(1 - DateTime.UtcNow.Day).AddMonths(-1);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Kuukausi", Exact = true })).ToHaveValueAsync(lastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var trend = page.GetByRole(AriaRole.Region, new() { Name = "Kuukausittain" });
        await Assertions.Expect(trend.GetByRole(AriaRole.Columnheader)).ToHaveCountAsync(7);
        await Assertions.Expect(trend.GetByRole(AriaRole.Rowheader).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"pulse-results-fi-{width}"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await UiTexts.AssertNoEnglishAsync(page, "opening the pulse results");
    }
}
