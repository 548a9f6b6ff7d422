using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class StandUpTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";
    private const string TeamInEnglish = "Family social work multi-professional team";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task StandUp_OpenedFromHome_ShowsWipBlockedAndTodaysChanges()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2, workLimit: 1);
        using var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead);
        var blocked = board.Cases[0].Pseudonym;
        await BoardApi.BlockAsync(lead, board.Cases[0].CaseId, "Waiting for a housing decision");
        await Given.MoveAsync(TeamLead, board.Cases[1].CaseId, board.StageIds[1]);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Stand-up: {TeamInEnglish}" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.EndsWith("/standup", StringComparison.Ordinal));
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = $"Stand-up: {TeamInEnglish}", Level = 1 }));
        var wip = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption", new() { HasText = (await ServiceNameAsync(lead, board)) }) });
        var work = wip.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Work", Exact = true }) });
        await Assertions.Expect(work).ToContainTextAsync("At limit");
        var blockedSection = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Blocked cases" }) });
        await Assertions.Expect(blockedSection.GetByRole(AriaRole.Row).Filter(new() { HasText = blocked }))
            .ToContainTextAsync("Waiting for a decision");
        var changes = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Changes since" }) });
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = blocked }).Filter(new() { HasText = "Blocked" }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = board.Cases[1].Pseudonym }).Filter(new() { HasText = "Moved" }))
            .ToHaveCountAsync(1);
        // The team's pulse of the month (a group of at least five) beside its WIP and aging.
        await Assertions.Expect(page.Locator(".pulse-card")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("standup-en"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task StandUp_DaysWithoutMovement_ChangesTheListHeading()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Stand-up: {TeamInEnglish}" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Not moved for 5 days or more" }));

        await page.GetByLabel("Days without movement").FillAsync("12");
        await page.GetByLabel("Days without movement").PressAsync("Tab");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not moved for 12 days or more" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StandUp_InFinnish_IsTranslated()
    {
        var page = await fixture.NewPageAsync("fi-FI");
        await AppFixture.SignInAsync(page, TeamLead);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Päiväpalaveri: {Team}" }).ClickAsync();

        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Keskeneräiset työt ja rajat" }));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("standup-fi"), FullPage = true });
    }

    private static async Task<string> ServiceNameAsync(HttpClient http, ApiGiven.TestBoard board) =>
        (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(
            http, $"/api/services/{board.ServiceId}", TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
}
