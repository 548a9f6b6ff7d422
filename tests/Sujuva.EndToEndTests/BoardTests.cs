using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class BoardTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task Board_OpenedFromHome_ShowsStagesWithCountsAndCards()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Perhesosiaalityö", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/boards/", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator(".case-card").First).ToBeVisibleAsync();
        var columns = await page.Locator(".board-column").CountAsync();
        Assert.True(columns >= 3, $"{columns} columns at {page.Url}: {await page.Locator("h1").InnerTextAsync()}");
        await Assertions.Expect(page.Locator(".board-column").First.Locator(".wip")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d+"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-en") });
    }

    [Fact]
    public async Task MoveTo_ByKeyboard_MovesTheCardToTheChosenStage()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[0].Pseudonym;

        await Card(page, pseudonym).GetByRole(AriaRole.Button, new() { Name = $"Move to… (case of {pseudonym})" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var item = page.GetByRole(AriaRole.Menuitem, new() { Name = "Work", Exact = true });
        await Assertions.Expect(item).ToBeVisibleAsync();
        // The menu opens asynchronously and may move focus itself; act only once "Work" has it.
        await item.FocusAsync();
        await Assertions.Expect(item).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Work");
        await Assertions.Expect(Column(page, 1).GetByText(pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, 1).Locator(".wip")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task DragAndDrop_ByMouse_MovesTheCard()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[1].Pseudonym;

        await Card(page, pseudonym).DragToAsync(Column(page, 2));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Done");
        await Assertions.Expect(Column(page, 2).GetByText(pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, 0).GetByText(pseudonym)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task MoveIntoFullStage_IsRefusedUntilAReasonIsGiven()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2, workLimit: 1);
        await Given.MoveAsync(TeamLead, board.Cases[0].CaseId, board.StageIds[1]);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[1].Pseudonym;
        await Assertions.Expect(Column(page, 1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("at-limit"));

        await Card(page, pseudonym).DragToAsync(Column(page, 1));

        var dialog = page.GetByRole(AriaRole.Alertdialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Work is full");
        await Assertions.Expect(Column(page, 0).GetByText(pseudonym)).ToBeVisibleAsync();
        var confirm = dialog.GetByRole(AriaRole.Button, new() { Name = "Move anyway" });
        await Assertions.Expect(confirm).ToBeDisabledAsync();
        await page.Keyboard.TypeAsync("Urgent: child protection assessment");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-wip-override") });
        await confirm.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Work");
        await Assertions.Expect(Column(page, 1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over-limit"));
        await Assertions.Expect(Column(page, 1)).ToContainTextAsync("Over WIP limit");
    }

    [Fact]
    public async Task Move_SeenLiveByASecondBrowser_WithoutReloading()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var watcher = await OpenBoardAsync(board);
        var mover = await OpenBoardAsync(board);
        var pseudonym = board.Cases[0].Pseudonym;

        await Card(mover, pseudonym).DragToAsync(Column(mover, 1));
        await Assertions.Expect(Column(mover, 1).GetByText(pseudonym)).ToBeVisibleAsync();

        await Assertions.Expect(Column(watcher, 1).GetByText(pseudonym)).ToBeVisibleAsync(new() { Timeout = 5000 });
    }

    [Fact]
    public async Task Filters_BlockedOnlyAndText_NarrowTheCards()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        var page = await OpenBoardAsync(board);

        await page.GetByLabel("Search").FillAsync(board.Cases[2].Pseudonym);
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await page.GetByLabel("Search").FillAsync("");
        await page.GetByLabel("Blocked only").CheckAsync();
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenBoardAsync(ApiGiven.TestBoard board)
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GotoAsync($"/boards/{board.ServiceId}");
        await AppFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(board.Cases.Count);
        return page;
    }

    private static ILocator Column(IPage page, int index) => page.Locator(".board-column").Nth(index);

    private static ILocator Card(IPage page, string pseudonym) => page.Locator(".case-card", new() { HasText = pseudonym });
}
