using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Journey 2 of the brief: a referral across organisations, accepted or declined, seen by both ends.</summary>
[Collection(AppCollection.Name)]
public sealed class ReferralTests(AppFixture fixture)
{
    private const string Coach = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";
    private const string Receiver = "minna.partanen@demo.sujuva.fi";
    private const string Rehabilitation = "Kuntouttava työtoiminta";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task Referral_AcceptedByTheReceivingOrganisation_ShowsAcceptedToTheSender()
    {
        var board = await Given.BoardAsync(Coach, Team, cases: 1);
        var pseudonym = board.Cases[0].Pseudonym;
        await Given.ReferAsync(Coach, board.Cases[0].CaseId, Rehabilitation, "Needs rehabilitative work activity");

        var receiver = await OpenInboxAsync(Receiver);
        var incoming = receiver.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await Assertions.Expect(incoming).ToContainTextAsync("Waiting for a decision");
        await receiver.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referrals-incoming"), FullPage = true });
        await incoming.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(receiver.GetByRole(AriaRole.Status)).ToContainTextAsync($"Referral of {pseudonym} accepted");

        var sender = await OpenInboxAsync(Coach);
        await Assertions.Expect(sender.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" }))
            .ToContainTextAsync("Accepted");
    }

    [Fact]
    public async Task Referral_DeclinedAsIncomplete_SenderSeesWhy()
    {
        var board = await Given.BoardAsync(Coach, Team, cases: 1);
        var pseudonym = board.Cases[0].Pseudonym;
        await Given.ReferAsync(Coach, board.Cases[0].CaseId, Rehabilitation, "Work practice");

        var receiver = await OpenInboxAsync(Receiver);
        var incoming = receiver.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await incoming.GetByLabel("Reason to decline").SelectOptionAsync(new SelectOptionValue { Label = "Incomplete" });
        await incoming.GetByLabel("Note to the sender").FillAsync("Attach the health assessment");
        await incoming.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(receiver.GetByRole(AriaRole.Status)).ToContainTextAsync($"Referral of {pseudonym} declined");

        var sender = await OpenInboxAsync(Coach);
        var outgoing = sender.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await Assertions.Expect(outgoing).ToContainTextAsync("Declined: Incomplete: Attach the health assessment");
        await sender.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referrals-outgoing"), FullPage = true });
    }

    private async Task<IPage> OpenInboxAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, email);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Referrals" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Referrals", Exact = true }));
        return page;
    }
}
