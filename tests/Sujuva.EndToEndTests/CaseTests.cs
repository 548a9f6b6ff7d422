using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class CaseTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    [Fact]
    public async Task CasePage_FromTheBoard_LogsWorkBlocksAndReferAppearInTheJourney()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 1);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        var pseudonym = board.Cases[0].Pseudonym;

        await page.GetByRole(AriaRole.Link, new() { Name = pseudonym }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = $"Case of client {pseudonym}" }));

        await page.GetByLabel("Minutes").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".board-status")).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.Locator(".journey")).ToContainTextAsync("Work logged");
        await Assertions.Expect(page.Locator(".journey")).ToContainTextAsync("45 min");
        // English in Finland: British day-first dates and a 24-hour clock, not US formats.
        await Assertions.Expect(page.Locator(".journey time").First)
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$"));

        await page.GetByLabel("What is it waiting for?").SelectOptionAsync(new SelectOptionValue { Label = "Waiting for a decision" });
        await page.GetByLabel("Note for the team (optional; not shown in reports)").FillAsync("Housing decision");
        await page.GetByRole(AriaRole.Button, new() { Name = "Block", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-facts")).ToContainTextAsync("Waiting for a decision");

        await page.GetByLabel("Service", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Rehabilitative work activity" });
        await page.GetByLabel("Reason for the referral").FillAsync("Needs rehabilitative work activity");
        await page.GetByLabel("The client consented").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(page.Locator(".journey")).ToContainTextAsync("Referral sent");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("case-en"), FullPage = true });
    }

    [Fact]
    public async Task CasePage_WorkerOfAnotherTeam_GetsNotFoundByGuessedUrl()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 1);
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, "katja.hyvonen@demo.sujuva.fi");

        await page.GotoAsync($"/cases/{board.Cases[0].CaseId}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(board.Cases[0].Pseudonym)).ToHaveCountAsync(0);
    }
}
