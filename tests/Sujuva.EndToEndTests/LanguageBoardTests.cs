using System.Text.Json;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Issue 14: every board action in Finnish and in Swedish leaves the page in that language.</summary>
[Collection(AppCollection.Name)]
public sealed class LanguageBoardTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    // The test board's own stage names (ApiGiven.BoardAsync) are data, not interface text.
    private static readonly string[] StageNames = ["Queue", "Work", "Done"];

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Theory]
    [InlineData("fi-FI", "fi")]
    [InlineData("sv-FI", "sv")]
    public async Task EveryBoardAction_InFinnishOrSwedish_LeavesNoEnglishText(string locale, string language)
    {
        var t = UiTexts.Of(language);
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        using var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead);
        var (_, leadName) = await BoardApi.MeAsync(lead, board.ServiceId);
        var (p0, p1, p2) = (board.Cases[0].Pseudonym, board.Cases[1].Pseudonym, board.Cases[2].Pseudonym);
        var page = await fixture.NewPageAsync(locale);
        await AppFixture.SignInAsync(page, TeamLead);
        await UiTexts.AssertNoEnglishAsync(page, "home", StageNames);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(3);
        await UiTexts.AssertNoEnglishAsync(page, "board", StageNames);

        await page.GetByLabel(t["Board.FilterText"], new() { Exact = true }).FillAsync(p2);
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await page.GetByLabel(t["Board.FilterText"], new() { Exact = true }).FillAsync("");
        await page.GetByLabel(t["Board.FilterBlocked"], new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(0);
        await page.GetByLabel(t["Board.FilterBlocked"], new() { Exact = true }).UncheckAsync();
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(3);
        await UiTexts.AssertNoEnglishAsync(page, "search and filter", StageNames);

        await ChooseByKeyboardAsync(page, t.Format("Board.MoveCardTo", p0), "Work");
        await Assertions.Expect(Status(page)).ToContainTextAsync(t.Format("Board.Moved", p0, "Work"));
        await UiTexts.AssertNoEnglishAsync(page, "a move by keyboard", StageNames);

        await page.GetByRole(AriaRole.Button, new() { Name = t.Format("Board.MoveCardTo", p1) }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Done", Exact = true }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync(t.Format("Board.Moved", p1, "Done"));
        await UiTexts.AssertNoEnglishAsync(page, "a move with the menu", StageNames);

        await ChooseByKeyboardAsync(page, t.Format("BoardX.AssignCard", p2), leadName);
        await Assertions.Expect(Status(page)).ToContainTextAsync(t.Format("BoardX.Assigned", p2, leadName));
        await UiTexts.AssertNoEnglishAsync(page, "assigning", StageNames);

        await Card(page, p2).DragToAsync(Column(page, 1));
        await Assertions.Expect(Status(page)).ToContainTextAsync(t.Format("Board.Moved", p2, "Work"));
        await UiTexts.AssertNoEnglishAsync(page, "a move by dragging", StageNames);

        await page.GetByRole(AriaRole.Link, new() { Name = p0, Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = t.Format("Case.Heading", p0) }));
        await UiTexts.AssertNoEnglishAsync(page, "the case page", StageNames);

        await page.GetByLabel(t["Case.MinutesLabel"], new() { Exact = true }).FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = t["Case.LogWorkButton"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".board-status")).ToHaveTextAsync(t["Case.Saved"]);
        await UiTexts.AssertNoEnglishAsync(page, "logging work", StageNames);

        await page.GetByLabel(t["Case.BlockReason"], new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = t["BlockReason.WaitingForDecision"] });
        await page.GetByLabel(t["Case.BlockNote"], new() { Exact = true }).FillAsync("Asumispäätös");
        await page.GetByRole(AriaRole.Button, new() { Name = t["Case.BlockButton"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-facts")).ToContainTextAsync(t["BlockReason.WaitingForDecision"]);
        await UiTexts.AssertNoEnglishAsync(page, "blocking with a reason and a note", StageNames);

        await page.GetByRole(AriaRole.Button, new() { Name = t["Case.UnblockButton"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel(t["Case.BlockReason"], new() { Exact = true })).ToBeVisibleAsync();
        await UiTexts.AssertNoEnglishAsync(page, "unblocking", StageNames);

        await page.GetByRole(AriaRole.Button, new() { Name = t["Case.CloseButton"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = t["Case.CloseButton"], Exact = true })).ToHaveCountAsync(0);
        await UiTexts.AssertNoEnglishAsync(page, "closing", StageNames);

        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(2);
        await UiTexts.AssertNoEnglishAsync(page, "the board after the case was closed", StageNames);
    }

    /// <summary>The check above can fail: on the English board it finds the English texts.</summary>
    [Fact]
    public async Task EnglishCheck_OnTheEnglishBoard_FindsEnglish()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var page = await fixture.NewPageAsync("en-GB");
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => UiTexts.AssertNoEnglishAsync(page, "opening the English board", StageNames));

        Assert.Contains("Board.FilterBlocked", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 14 item 8: a keyboard move leaves the focus on the moved card, in its new column.</summary>
    [Fact]
    public async Task MoveByKeyboard_FocusReturnsToTheMovedCardInItsNewColumn()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(2);
        var pseudonym = board.Cases[1].Pseudonym;

        await ChooseByKeyboardAsync(page, $"Move to… (case of {pseudonym})", "Done");

        await Assertions.Expect(Status(page)).ToContainTextAsync($"{pseudonym} moved to Done");
        var moved = Column(page, 2).Locator(".case-card", new() { HasText = pseudonym });
        await Assertions.Expect(moved.GetByRole(AriaRole.Button, new() { Name = $"Move to… (case of {pseudonym})" })).ToBeFocusedAsync();
        // The focus is usable at once: Enter opens the moved card's menu again.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(moved.GetByRole(AriaRole.Menuitem, new() { Name = "Queue", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Issue 14 item 8: managers and Lean coaches (developers) look; forms that would refuse them are not shown.</summary>
    [Theory]
    [InlineData("Manager")]
    [InlineData("Developer")]
    public async Task BoardAndCasePage_ManagerOrLeanCoach_SeeTheCasesWithoutCaseActions(string role)
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var pseudonym = board.Cases[0].Pseudonym;
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, await UserInRoleAsync(role));

        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(Card(page, pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Move to… (case of {pseudonym})" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Assign… (case of {pseudonym})" })).ToHaveCountAsync(0);
        await Assertions.Expect(Card(page, pseudonym)).ToHaveAttributeAsync("draggable", "false");

        await AppFixture.OpenAsync(page, $"/cases/{board.Cases[0].CaseId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Case of client {pseudonym}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".journey")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".case-actions form")).ToHaveCountAsync(0);

        // The team lead of the case's team, on the same page, does get the forms: the check above can fail.
        var leadPage = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(leadPage, TeamLead);
        await AppFixture.OpenAsync(leadPage, $"/cases/{board.Cases[0].CaseId}");
        await Assertions.Expect(leadPage.Locator(".case-actions form").First).ToBeVisibleAsync();
    }

    /// <summary>The first demo user with the role (the demo has one manager and one developer, the Lean coach).</summary>
    private async Task<string> UserInRoleAsync(string role)
    {
        using var admin = await BoardApi.SignedInAsync(fixture.App.BaseAddress, ApiGiven.Administrator);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        return users.EnumerateArray()
            .First(u => u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == role))
            .GetProperty("email").GetString()!;
    }

    /// <summary>Opens a card's menu by keyboard and picks an item, acting only once the item has focus.</summary>
    private static async Task ChooseByKeyboardAsync(IPage page, string menu, string item)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = menu }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var option = page.GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.FocusAsync();
        await Assertions.Expect(option).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    private static ILocator Status(IPage page) => page.Locator(".board-status");

    private static ILocator Column(IPage page, int index) => page.Locator(".board-column").Nth(index);

    private static ILocator Card(IPage page, string pseudonym) => page.Locator(".case-card", new() { HasText = pseudonym });
}
