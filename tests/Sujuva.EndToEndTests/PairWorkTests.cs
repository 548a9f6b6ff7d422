using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Issue 14 (pairs): a team lead gives a case a second worker on the board and finds it on the card and by the filter, in Finnish.</summary>
[Collection(AppCollection.Name)]
public sealed class PairWorkTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    // The test board's own stage names (ApiGiven.BoardAsync) are data, not interface text.
    private static readonly string[] StageNames = ["Queue", "Work", "Done"];

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task Pair_SetByKeyboardInFinnish_ShowsOnTheCardAndInTheFilters()
    {
        var t = UiTexts.Of("fi");
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        using var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead);
        var (leadId, leadName) = await BoardApi.MeAsync(lead, board.ServiceId);
        var pairName = await OtherWorkerAsync(lead, board.ServiceId, leadId);
        var pseudonym = board.Cases[0].Pseudonym;
        await BoardApi.AssignAsync(lead, board.Cases[0].CaseId, leadId);
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(3);

        await ChooseByKeyboardAsync(page, t.Format("BoardX.PairCard", pseudonym), pairName);

        await Assertions.Expect(page.Locator(".board-status")).ToContainTextAsync(t.Format("BoardX.Paired", pseudonym, pairName));
        var card = page.Locator(".case-card", new() { HasText = pseudonym });
        await Assertions.Expect(card).ToContainTextAsync(t.Format("BoardX.AssignedTo", leadName));
        await Assertions.Expect(card).ToContainTextAsync(t.Format("BoardX.PairWith", pairName));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-pair-fi") });

        var worker = page.GetByRole(AriaRole.Combobox, new() { Name = t["BoardX.FilterWorker"], Exact = true });
        await worker.SelectOptionAsync(new SelectOptionValue { Label = t["BoardX.PairWork"] });
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await Assertions.Expect(card).ToBeVisibleAsync();
        // A worker's filter finds the cases they work as the pair too.
        await worker.SelectOptionAsync(new SelectOptionValue { Label = pairName });
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await Assertions.Expect(card).ToBeVisibleAsync();
        await UiTexts.AssertNoEnglishAsync(page, "pair and filter", StageNames);
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-pair-fi-390"), FullPage = true });
    }

    /// <summary>A member of the board's team other than the given one: who the case gets as its pair.</summary>
    private static async Task<string> OtherWorkerAsync(HttpClient http, Guid serviceId, Guid notThem)
    {
        var board = await http.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/board");
        return board.GetProperty("workers").EnumerateArray().First(w => w.GetProperty("id").GetGuid() != notThem)
            .GetProperty("name").GetString()!;
    }

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
}
