using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Issue 16 in the browser: a worker enrols a case's client in a coaching programme and marks a session by keyboard
/// alone, sees it in their week and the service's programme figures, hands the client their own page, and the client says "I cannot come" on a phone,
/// in Finnish; axe on every page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProgrammeTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }

    [Fact]
    public async Task Worker_EnrolsAndMarksByKeyboard_ClientCancelsOnAPhoneInFinnish()
    {
        var given = new ApiGiven(fixture.App.BaseAddress);
        var board = await given.BoardAsync(TeamLead, Team, cases: 1);
        await given.CoachingTemplateAsync(TeamLead, board.ServiceId, "Etävalmennus");
        var (caseId, pseudonym) = board.Cases[0];

        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1366, Height = 900 });
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/cases/{caseId}");
        // By keyboard: to the enrol button, Enter; then the first session's "client cancelled", Enter.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ilmoita", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var sessions = page.Locator(".sessions-table tbody tr");
        await Assertions.Expect(sessions).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Etävalmennus 1/3: asiakas perui" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(sessions.First).ToContainTextAsync("Asiakas perui");
        await Assertions.Expect(page.GetByText("Tapaamisen läsnäolo merkitty").First).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-case-fi"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä asiakkaan linkki" }).ClickAsync();
        var ownPage = await page.Locator("#client-page-url").InputValueAsync();

        await AppFixture.OpenAsync(page, "/week?view=agenda");
        await Assertions.Expect(page.Locator(".week-session").First).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-week-fi"), FullPage = true });

        // The service's programme figures, narrowed to the programme by keyboard (the period and programme are in the address).
        await AppFixture.OpenAsync(page, $"/services/{board.ServiceId}/programmes");
        await Assertions.Expect(page.Locator("[data-figure=no-show] dd")).ToContainTextAsync("0 / 0");
        await NoSeriousAxeViolationsAsync(page);
        await page.Locator("#programme-choice").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Valmennusohjelmat: Etävalmennus", Exact = false });
        await AppFixture.WaitForReadyAsync(page, heading);
        Assert.Contains("template=", page.Url, StringComparison.Ordinal);
        await NoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-figures-fi"), FullPage = true });

        var phone = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 390, Height = 844 });
        await phone.GotoAsync(new Uri(ownPage).PathAndQuery);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Omat tapaamiseni" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Ilmoitit, ettet pääse tulemaan.")).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-client-phone-fi"), FullPage = true });
        await phone.GetByRole(AriaRole.Button, new() { Name = "En pääse tulemaan" }).First.ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Kiitos, että kerroit.");
        await Assertions.Expect(phone.GetByText("Ilmoitit, ettet pääse tulemaan.")).ToHaveCountAsync(2);
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page scrolls sideways on a phone: {width} px wide.");
        Assert.DoesNotContain(pseudonym, await phone.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    private const string CoachingLead = "emilia.makinen@demo.sujuva.fi";
    private const string CoachingTeam = "Etävalmennustiimi";

    /// <summary>
    /// The demo's remote coaching team marks attendance after the fact: its lead marks a begun session attended from the
    /// case page by keyboard alone; the team's week is read in Swedish on the stand-up's wall screen and on a phone; the
    /// year's programme figures on the wall, and in Swedish on a phone.
    /// </summary>
    [Fact]
    public async Task Lead_MarksABegunSessionAttendedByKeyboard_TheTeamsWeekInSwedishOnAWallAndOnAPhone()
    {
        var unmarked = await new ApiGiven(fixture.App.BaseAddress).UnmarkedSessionAsync(CoachingLead, CoachingTeam);

        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1366, Height = 900 });
        await AppFixture.SignInAsync(page, CoachingLead);
        await AppFixture.OpenAsync(page, $"/cases/{unmarked.CaseId}");
        var attended = page.GetByRole(AriaRole.Button, new() { Name = $"{unmarked.Label}: osallistui", Exact = true });
        var attendedCells = page.Locator(".sessions-table td:nth-child(4)", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Osallistui") });
        await Assertions.Expect(attended).ToBeVisibleAsync();
        var before = await attendedCells.CountAsync();
        await attended.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(attended).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".programmes-status")).ToContainTextAsync("Tallennettu.");
        await Assertions.Expect(attendedCells).ToHaveCountAsync(before + 1);
        await NoSeriousAxeViolationsAsync(page);

        var week = $"/week?week={unmarked.Monday:yyyy-MM-dd}&team={unmarked.TeamId}";
        var wall = await fixture.NewPageAsync("sv-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(wall, CoachingLead);
        await AppFixture.OpenAsync(wall, week);
        await Assertions.Expect(wall.Locator(".week-session").First).ToBeVisibleAsync();
        await Assertions.Expect(wall.GetByText("Deltog").First).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(wall);
        await wall.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-team-week-sv-1920"), FullPage = true });

        var phone = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 390, Height = 844 });
        await AppFixture.SignInAsync(phone, CoachingLead);
        await AppFixture.OpenAsync(phone, week + "&view=agenda");
        await Assertions.Expect(phone.Locator(".week-session").First).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-team-week-phone-fi"), FullPage = true });
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The week scrolls sideways on a phone: {width} px wide.");

        // The year's figures on the wall: the switch to remote sessions shows in the no-show chart.
        var service = await new ApiGiven(fixture.App.BaseAddress).ServiceIdAsync(CoachingLead, "Etätyövalmennus");
        var figures = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(figures, CoachingLead);
        await AppFixture.OpenAsync(figures, $"/services/{service}/programmes");
        var line = figures.Locator("[data-chart] polyline.value").First;
        await Assertions.Expect(line).ToBeVisibleAsync();
        // Styled, not drawn as a filled black shape (the page's stylesheets are all in its one head content).
        Assert.Equal("none", await line.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
        await NoSeriousAxeViolationsAsync(figures);
        await figures.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-figures-demo-fi-1920"), FullPage = true });

        // In Swedish on a phone: the programmes by their Swedish names, and nothing wider than the screen.
        var small = await fixture.NewPageAsync("sv-FI", new ViewportSize { Width = 390, Height = 844 });
        await AppFixture.SignInAsync(small, CoachingLead);
        await AppFixture.OpenAsync(small, $"/services/{service}/programmes");
        await Assertions.Expect(small.GetByRole(AriaRole.Link, new() { Name = "Distanscoachning 8 veckor" })).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(small);
        await small.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("programme-figures-demo-sv-phone"), FullPage = true });
        var smallWidth = await small.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(smallWidth <= 390, $"The figures scroll sideways on a phone: {smallWidth} px wide.");
    }
}
