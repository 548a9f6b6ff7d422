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
        await sender.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sent by my teams") }).ClickAsync();
        var sent = sender.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await Assertions.Expect(sent).ToContainTextAsync("Accepted");
        await Assertions.Expect(sent).ToContainTextAsync("accepted ");
        await Assertions.Expect(sent.GetByRole(AriaRole.Link, new() { Name = "Sending case" })).ToHaveAttributeAsync("href", $"/cases/{board.Cases[0].CaseId}");
    }

    /// <summary>
    /// Declined as incomplete: the sender sees why, and "Send again" opens the case's referral form filled in
    /// from the declined one, with the cursor in the reason to complete; the two stay linked in both lists.
    /// </summary>
    [Fact]
    public async Task Referral_DeclinedAsIncomplete_SenderSeesWhyAndSendsItAgain()
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
        await sender.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sent by my teams") }).ClickAsync();
        var outgoing = sender.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await Assertions.Expect(outgoing).ToContainTextAsync("Declined: Incomplete: Attach the health assessment");
        await sender.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referrals-outgoing"), FullPage = true });

        await outgoing.GetByRole(AriaRole.Link, new() { Name = $"Send again: referral of {pseudonym}" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(sender, sender.GetByRole(AriaRole.Heading, new() { Name = "Completing a declined referral" }));
        var reason = sender.GetByLabel("Reason for the referral");
        await Assertions.Expect(reason).ToBeFocusedAsync();
        await Assertions.Expect(reason).ToHaveValueAsync("Work practice");
        await Assertions.Expect(sender.GetByRole(AriaRole.Note)).ToContainTextAsync("Attach the health assessment");
        await Assertions.Expect(sender.GetByLabel("Service", new() { Exact = true })).ToHaveValueAsync(await Given.ServiceIdAsync(Coach, Rehabilitation));
        await reason.FillAsync("Work practice; health assessment attached");
        await sender.GetByLabel("The client consented").CheckAsync();
        await sender.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(sender.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved.");

        var inbox = await OpenInboxAsync(Coach);
        await inbox.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sent by my teams") }).ClickAsync();
        var both = inbox.GetByRole(AriaRole.Listitem, new() { Name = $"Referral of client {pseudonym}" });
        await Assertions.Expect(both).ToHaveCountAsync(2);
        await Assertions.Expect(both.Filter(new() { HasText = "Declined" })).ToContainTextAsync("Sent again on");
        await Assertions.Expect(both.Filter(new() { HasText = "Waiting for a decision" })).ToContainTextAsync("Sent again after a decline as incomplete");
    }

    /// <summary>
    /// The inbox of the demo's busiest receiver, in Finnish on a laptop: waiting referrals first, two tabs with
    /// counts, one page of 10 at a time, and the page shorter than three screens (it was 20,000–30,000 px).
    /// The tabs work from the keyboard: an arrow key moves to the other tab and focuses it.
    /// </summary>
    [Fact]
    public async Task Inbox_ForTheBusiestReceiver_IsPagedWithWaitingFirst_AndShorterThanThreeScreens()
    {
        string[] leads = ["eetu.lahtinen@demo.sujuva.fi", Coach, "emilia.makinen@demo.sujuva.fi", "laura.kinnunen@demo.sujuva.fi",
            "lauri.ahonen@demo.sujuva.fi", "minna.leinonen@demo.sujuva.fi", Receiver, "pekka.karjalainen@demo.sujuva.fi"];
        var counts = new Dictionary<string, int>();
        foreach (var lead in leads) counts[lead] = await Given.IncomingCountAsync(lead);
        var busiest = counts.MaxBy(c => c.Value).Key;
        Assert.True(counts[busiest] > 10, $"The busiest receiver has {counts[busiest]} referrals: too few to page.");

        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = 1366, Height = 768 });
        await AppFixture.SignInAsync(page, busiest);
        await AppFixture.OpenAsync(page, "/referrals");
        var incomingTab = page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Saapuneet tiimeilleni") });
        await Assertions.Expect(incomingTab).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(incomingTab).ToContainTextAsync("odottaa)");
        var items = page.GetByRole(AriaRole.Tabpanel).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(items).ToHaveCountAsync(10);
        var statuses = await page.Locator("#panel-incoming .referral .status").AllInnerTextsAsync();
        var firstDecided = statuses.ToList().FindIndex(s => s != "Odottaa päätöstä");
        Assert.True(firstDecided == -1 || statuses.Skip(firstDecided).All(s => s != "Odottaa päätöstä"), "Waiting referrals come first.");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Lähetteiden sivut" })).ToContainTextAsync("Sivu 1/");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("referrals-busiest-fi"), FullPage = true });
        var height = await page.EvaluateAsync<double>("document.documentElement.scrollHeight");
        Assert.True(height < 3 * 768, $"The inbox is {height} px tall, three screens are {3 * 768} px.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Lähetteiden sivut" })).ToContainTextAsync("Sivu 2/");
        await incomingTab.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var sentTab = page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Tiimieni lähettämät") });
        await Assertions.Expect(sentTab).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(sentTab).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#panel-outgoing")).ToBeVisibleAsync();
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
