using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>A stage with more cards than fit a screen collapses to its oldest cards and a "show all" button.</summary>
[Collection(AppCollection.Name)]
public sealed class LongColumnTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task LongColumn_InFinnish_CollapsesShowsAllByKeyboardAndKeepsAMovedCardInView()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 33);
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        var queue = page.Locator(".board-column").Nth(0);
        var showAll = queue.GetByRole(AriaRole.Button, new() { Name = "Näytä kaikki 33" });

        await Assertions.Expect(queue.Locator(".case-card")).ToHaveCountAsync(30);
        await Assertions.Expect(queue.Locator(".collapsed-note")).ToHaveTextAsync("Näytetään 30 vanhinta / 33");
        await Assertions.Expect(queue.Locator(".wip")).ToHaveTextAsync("33");
        await Assertions.Expect(showAll).ToHaveAttributeAsync("aria-expanded", "false");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-long-column-fi") });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await UiTexts.AssertNoEnglishAsync(page, "collapsing a long column");

        // The oldest card goes to Work and back: it is now the newest in Queue, past the first 30, and stays in view with the focus.
        var pseudonym = board.Cases[0].Pseudonym;
        await MoveByKeyboardAsync(page, pseudonym, "Work");
        await Assertions.Expect(page.Locator(".board-column").Nth(1).GetByText(pseudonym)).ToBeVisibleAsync();
        await MoveByKeyboardAsync(page, pseudonym, "Queue");
        var moved = queue.Locator(".case-card", new() { HasText = pseudonym });
        await Assertions.Expect(moved).ToBeVisibleAsync();
        await Assertions.Expect(moved.GetByRole(AriaRole.Button, new() { Name = $"Siirrä… (asiakas {pseudonym})" })).ToBeFocusedAsync();
        await Assertions.Expect(queue.Locator(".case-card")).ToHaveCountAsync(31);

        await showAll.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var showFewer = queue.GetByRole(AriaRole.Button, new() { Name = "Näytä vähemmän" });
        await Assertions.Expect(showFewer).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(showFewer).ToBeFocusedAsync();
        await Assertions.Expect(queue.Locator(".case-card")).ToHaveCountAsync(33);
        await Assertions.Expect(queue.Locator(".collapsed-note")).ToHaveCountAsync(0);
        await UiTexts.AssertNoEnglishAsync(page, "showing a whole long column");
    }

    private static async Task MoveByKeyboardAsync(IPage page, string pseudonym, string stage)
    {
        await page.Locator(".case-card", new() { HasText = pseudonym })
            .GetByRole(AriaRole.Button, new() { Name = $"Siirrä… (asiakas {pseudonym})" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var item = page.GetByRole(AriaRole.Menuitem, new() { Name = stage, Exact = true });
        await Assertions.Expect(item).ToBeVisibleAsync();
        // The menu opens asynchronously and may move focus itself; act only once the item has it.
        await item.FocusAsync();
        await Assertions.Expect(item).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} siirretty vaiheeseen {stage}.");
    }
}
