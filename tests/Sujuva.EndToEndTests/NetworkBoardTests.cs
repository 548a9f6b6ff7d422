using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class NetworkBoardTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task NetworkBoard_TwoServices_ByKindThenPerServiceWithKeyboardMove()
    {
        var first = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var second = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);

        await AppFixture.OpenAsync(page, $"/network-board?services={first.ServiceId},{second.ServiceId}");

        var waiting = page.Locator(".board-column", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Waiting (all services)" }) });
        var working = page.Locator(".board-column", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Working (all services)" }) });
        await Assertions.Expect(waiting.Locator(".case-card")).ToHaveCountAsync(3);
        await Assertions.Expect(waiting.Locator(".case-card", new() { HasText = second.Cases[0].Pseudonym })).ToContainTextAsync("· Queue");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("network-board-by-kind"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        var pseudonym = second.Cases[0].Pseudonym;
        await page.GetByRole(AriaRole.Button, new() { Name = $"Move to… (case of {pseudonym})" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var work = page.GetByRole(AriaRole.Menuitem, new() { Name = "Work", Exact = true });
        await Assertions.Expect(work).ToBeVisibleAsync();
        await work.FocusAsync();
        await Assertions.Expect(work).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(working.GetByText(pseudonym)).ToBeVisibleAsync();

        await page.GetByLabel("Columns").SelectOptionAsync(new SelectOptionValue { Label = "Each service's own stages" });
        await Assertions.Expect(page.Locator(".board-column")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator(".board-column").Nth(4)).ToContainTextAsync(pseudonym);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("network-board-per-service"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task NetworkBoard_OpenedFromTheMenu_ShowsOwnServicesOneColumnEachAndOthersCanBeChosen()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GetByRole(AriaRole.Link, new() { Name = "Verkoston taulu" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Verkoston taulu" }));

        // The lead's own services (their team's), one column each, as many as the board holds.
        var chosen = page.Locator(".service-choice input:checked");
        await Assertions.Expect(chosen.First).ToBeVisibleAsync();
        var labels = await page.Locator(".service-choice label").Filter(new() { Has = page.Locator("input:checked") }).AllInnerTextsAsync();
        Assert.All(labels, l => Assert.Contains(Team, l, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".board-column")).ToHaveCountAsync(labels.Count);
        await Assertions.Expect(page.GetByLabel("Sarakkeet")).ToHaveValueAsync("OnePerService");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("network-board-own-services-fi") });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await UiTexts.AssertNoEnglishAsync(page, "opening the network board");

        // Another choice still works: only this test's service, by its address.
        await AppFixture.OpenAsync(page, $"/network-board?services={board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".service-choice input:checked")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task NetworkBoard_AddingATeam_ChoosesEveryServiceItWorks()
    {
        var page = await fixture.NewPageAsync();
        // A coordinator who sees the whole network (administrators sign in in two steps and do no case work).
        await AppFixture.SignInAsync(page, "kaisa.pitkanen2@demo.sujuva.fi");
        await AppFixture.OpenAsync(page, "/network-board");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Add a team's services" }).SelectOptionAsync(new SelectOptionValue { Label = "Kipinä instructors" });

        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Rehabilitative work activity" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".case-card").First).ToBeVisibleAsync();
    }
}
