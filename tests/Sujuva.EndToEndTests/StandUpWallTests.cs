using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The stand-up on the team room's wall (journey 1), in Finnish and in Swedish: the demo's family social
/// work team on a typical day fits a 1920×1080 screen without scrolling, with yesterday's client feedback,
/// and a case id opens its case from the keyboard.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class StandUpWallTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";

    /// <summary>
    /// Each word of a table cell whose pieces lie on more than one line (a break at a hyphen is a break between words),
    /// and each cell wider than its box.
    /// </summary>
    private const string WordsBrokenOrSpilling = """
        () => {
            const found = [];
            for (const cell of document.querySelectorAll('.standup.wall td, .standup.wall th')) {
                if (cell.scrollWidth > cell.clientWidth + 1) found.push('spills: ' + cell.textContent.trim());
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const m of node.data.matchAll(/[^\s\-‐–]+/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (lines.size > 1) found.push('broken: ' + m[0]);
                    }
                }
            }
            return found;
        }
        """;

    [Theory]
    [InlineData("fi-FI", "fi")]
    [InlineData("sv-SE", "sv")]
    public async Task WallMode_FamilySocialWork_FitsTheScreenShowsFeedbackAndOpensACase(string locale, string language)
    {
        var texts = UiTexts.Of(language);
        var team = TeamName(language);
        var page = await fixture.NewPageAsync(locale, new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GetByRole(AriaRole.Link, new() { Name = texts.Format("StandUp.Title", team) }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Link, new() { Name = texts["StandUp.Wall"] }));

        await page.GetByRole(AriaRole.Link, new() { Name = texts["StandUp.Wall"] }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Link, new() { Name = texts["StandUp.LeaveWall"] }));

        Assert.EndsWith("/standup?wall=1", page.Url, StringComparison.Ordinal);
        var size = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollHeight, innerHeight) = (size[0], size[1]);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"standup-wall-{language}"), FullPage = true });
        Assert.True(scrollHeight <= innerHeight, $"The wall scrolls: {scrollHeight} px of content in a {innerHeight} px window.");
        Assert.True(size[2] <= size[3], $"The wall scrolls sideways: {size[2]} px of content in a {size[3]} px window.");
        // Read from across the room, a word cut over two lines is unreadable: every word of the tables keeps to one line
        // and no cell spills over its neighbour.
        var broken = await page.EvaluateAsync<string[]>(WordsBrokenOrSpilling);
        Assert.True(broken.Length == 0, "Words broken or spilling on the wall: " + string.Join(", ", broken));
        // Yesterday's feedback: the demo's clients of the team answered on the last working day, with comments.
        var feedback = page.Locator("section.standup-feedback");
        Assert.NotEqual("0", await feedback.Locator("[data-figure=answers]").InnerTextAsync());
        Assert.NotEqual("–", await feedback.Locator("[data-figure=mean]").InnerTextAsync());
        await Assertions.Expect(feedback.Locator(".comment-text").First).ToBeVisibleAsync();
        await Assertions.Expect(feedback.GetByText(texts["StandUp.LatestRating"])).ToBeVisibleAsync();
        await UiTexts.AssertNoEnglishAsync(page, "stand-up wall");
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        // A case id is reachable with Tab and opens the case with Enter.
        string? href = null;
        for (var i = 0; i < 60 && href is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            href = await page.EvaluateAsync<string?>(
                "() => document.activeElement?.classList.contains('case-link') ? document.activeElement.getAttribute('href') : null");
        }
        Assert.NotNull(href);
        var pseudonym = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = texts.Format("Case.Heading", pseudonym), Level = 1 }));
        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
        await UiTexts.AssertNoEnglishAsync(page, "case opened from the wall");
    }

    [Fact]
    public async Task StandUp_OnAPhone_ShowsTheFeedback()
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 390, Height = 844 });
        await AppFixture.SignInAsync(page, TeamLead);
        var texts = UiTexts.Of("fi");
        await page.GetByRole(AriaRole.Link, new() { Name = texts.Format("StandUp.Title", TeamName("fi")) }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Link, new() { Name = texts["StandUp.Wall"] }));

        await Assertions.Expect(page.Locator("section.standup-feedback .comment-text").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("standup-phone-fi") });
        await page.Locator("section.standup-feedback").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("standup-phone-feedback-fi") });
        await page.GotoAsync(page.Url + "?wall=1");
        await AppFixture.WaitForReadyAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("standup-wall-phone-fi") });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
    }

    private static string TeamName(string language) => language switch
    {
        "sv" => "Multiprofessionellt team för familjesocialt arbete",
        _ => "Perhesosiaalityön moniammatillinen tiimi",
    };
}
