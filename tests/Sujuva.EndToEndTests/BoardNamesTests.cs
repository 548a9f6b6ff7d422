using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Cards and referrals name the client only for users with a need-to-know grant; "Hide names" reads none.</summary>
[Collection(AppCollection.Name)]
public sealed class BoardNamesTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";
    private const string WorkerOfTeam = "jussi.laine@demo.sujuva.fi";
    // A worker of the receiving team (Kipinän ohjaajat) sees the sender's card once a referral is pending.
    private const string WorkerOfAnotherTeam = "emilia.jokinen@demo.sujuva.fi";
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";
    private const string Receiver = "minna.partanen@demo.sujuva.fi";
    private const string Rehabilitation = "Kuntouttava työtoiminta";

    // ApiGiven registers the i-th client of a board as "Testi Asiakas i".
    private const string ClientName = "Testi Asiakas 0";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task Board_WorkerOfTheCasesTeam_SeesNameUntilNamesAreHidden()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var page = await OpenBoardAsync(WorkerOfTeam, board);
        var card = page.Locator(".case-card", new() { HasText = board.Cases[0].Pseudonym });

        await Assertions.Expect(card.Locator(".client-name")).ToHaveTextAsync(ClientName);
        var source = "page /boards/{ServiceId}";
        Assert.Equal(1, await BoardNamesAudit.ReadsAsync(fixture.App.BaseAddress, board.Cases[0].CaseId, source));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-names-shown"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Hide names").CheckAsync();
        await Assertions.Expect(card.Locator(".client-name")).ToHaveCountAsync(0);

        // Remembered for the browser session: a new load reads no names at all.
        await page.ReloadAsync();
        await AppFixture.WaitForReadyAsync(page);
        await Assertions.Expect(page.GetByLabel("Hide names")).ToBeCheckedAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(ClientName)).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-names-hidden"), FullPage = true });
        Assert.Equal(1, await BoardNamesAudit.ReadsAsync(fixture.App.BaseAddress, board.Cases[0].CaseId, source));
    }

    [Theory]
    [InlineData(Manager)]
    [InlineData(WorkerOfAnotherTeam)]
    public async Task Board_UserWithoutGrant_SeesPseudonymOnly(string user)
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        await Given.ReferAsync(TeamLead, board.Cases[0].CaseId, Rehabilitation, "Needs rehabilitative work activity");
        var page = await OpenBoardAsync(user, board);

        await Assertions.Expect(page.Locator(".case-card", new() { HasText = board.Cases[0].Pseudonym })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(ClientName)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".client-name")).ToHaveCountAsync(0);
        // Only those who may ever read names get the toggle to hide them.
        await Assertions.Expect(page.GetByLabel("Hide names")).ToHaveCountAsync(user == Manager ? 0 : 1);
    }

    [Fact]
    public async Task Referral_SenderSeesName_ReceiverOnlyAfterAccepting()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var pseudonym = board.Cases[0].Pseudonym;
        await Given.ReferAsync(TeamLead, board.Cases[0].CaseId, Rehabilitation, "Needs rehabilitative work activity");
        var named = $"Referral of client {pseudonym}";

        var sender = await OpenInboxAsync(TeamLead);
        await sender.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sent by my teams") }).ClickAsync();
        await Assertions.Expect(sender.GetByRole(AriaRole.Listitem, new() { Name = named }).Locator(".client-name")).ToHaveTextAsync(ClientName);

        var receiver = await OpenInboxAsync(Receiver);
        var incoming = receiver.GetByRole(AriaRole.Listitem, new() { Name = named });
        await Assertions.Expect(incoming).ToContainTextAsync("Waiting for a decision");
        await Assertions.Expect(incoming.Locator(".client-name")).ToHaveCountAsync(0);
        await incoming.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(incoming.Locator(".client-name")).ToHaveTextAsync(ClientName);
        await incoming.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referrals-name-after-accept") });
        // The name: once by the sender, once by the receiver after accepting. The referral's texts (personal data too):
        // by the sender, by the receiver while deciding, and again once accepted.
        Assert.Equal(2, await BoardNamesAudit.ReadsAsync(fixture.App.BaseAddress, board.Cases[0].CaseId, "page /referrals", "FirstName"));
        Assert.Equal(3, await BoardNamesAudit.ReadsAsync(fixture.App.BaseAddress, board.Cases[0].CaseId, "page /referrals", "ReferralReason"));
        await BoardApi.AssertNoSeriousViolationsAsync(receiver);
    }

    private async Task<IPage> OpenBoardAsync(string email, ApiGiven.TestBoard board)
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, email);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        return page;
    }

    private async Task<IPage> OpenInboxAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, email);
        await AppFixture.OpenAsync(page, "/referrals");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referrals", Exact = true })).ToBeVisibleAsync();
        return page;
    }
}
