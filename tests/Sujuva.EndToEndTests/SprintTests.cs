using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Issue 17 in the browser, in Finnish: a facilitator runs the day-1 agenda with its timer, and two participants vote
/// from phones while the facilitator reveals the votes; axe on every page, no sideways scroll on a phone.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SprintTests(AppFixture fixture)
{
    private const string Facilitator = "eetu.rantanen@demo.sujuva.fi";
    private const string Decider = "emilia.makinen@demo.sujuva.fi";
    private const string First = "minna.partanen@demo.sujuva.fi";
    private const string Second = "sari.lehtonen@demo.sujuva.fi";

    private static readonly ViewportSize Wall = new() { Width = 1920, Height = 1080 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious));
    }

    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page scrolls sideways on a phone: {width} px wide.");
    }

    private static Task<int> RemainingAsync(IPage page) =>
        page.Locator(".sprint-timer").GetAttributeAsync("data-remaining").ContinueWith(t => int.Parse(t.Result!, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Facilitator_RunsTheDayOneAgendaWithATimer()
    {
        var sprintId = await new SprintGiven(fixture.App.BaseAddress).PlannedAsync(Facilitator, Decider, First);

        var page = await fixture.NewPageAsync("fi-FI", Wall);
        await AppFixture.SignInAsync(page, Facilitator);
        await AppFixture.OpenAsync(page, "/sprints");
        await Assertions.Expect(page.Locator($"tr[data-sprint='{sprintId}']")).ToContainTextAsync("Suunniteltu");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Suunnittele sprintti" })).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprints-list-fi-1920"), FullPage = true });

        await AppFixture.OpenAsync(page, $"/sprints/{sprintId}");
        await Assertions.Expect(page.GetByText("Ohjelma ei ole alkanut")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li[aria-current=step]")).ToHaveAttributeAsync("data-exercise", "ExpertInterviews");
        await Assertions.Expect(page.Locator(".sprint-timer")).ToContainTextAsync("Aikaa jäljellä");
        var before = await RemainingAsync(page);
        Assert.InRange(before, 59 * 60, 60 * 60);
        // The countdown ticks in the circuit, without a reload.
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('.sprint-timer').dataset.remaining) <= {before - 2}",
            null, new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator(".sprint-next")).ToContainTextAsync("Seuraavaksi: ”Miten voisimme” -lappujen ryhmittely");
        await NoSeriousAxeViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprint-facilitator-fi-1920"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Tauko" }).ClickAsync();
        await Assertions.Expect(page.Locator(".sprint-timer")).ToContainTextAsync("Tauolla");
        await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava harjoitus" }).ClickAsync();
        await Assertions.Expect(page.Locator("li[aria-current=step]")).ToHaveAttributeAsync("data-exercise", "OrganiseHowMightWe");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "”Miten voisimme” -lappujen ryhmittely" })).ToBeVisibleAsync();
        Assert.InRange(await RemainingAsync(page), 14 * 60, 15 * 60);

        var phone = await fixture.NewPageAsync("fi-FI", Phone);
        await AppFixture.SignInAsync(phone, Facilitator);
        await AppFixture.OpenAsync(phone, $"/sprints/{sprintId}");
        await Assertions.Expect(phone.Locator(".sprint-timer")).ToBeVisibleAsync();
        await NoSeriousAxeViolationsAsync(phone);
        await NoSidewaysScrollAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprint-facilitator-fi-phone"), FullPage = true });
        await AppFixture.OpenAsync(phone, "/sprints");
        await NoSidewaysScrollAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprints-list-fi-phone"), FullPage = true });

        // Planning in the form: half days prefill eight sessions; the new sprint opens.
        await AppFixture.OpenAsync(page, "/sprints");
        await page.GetByLabel("Haaste").FillAsync("E2E puolipäivin: miten nuori löytää oikean palvelun?");
        await page.GetByLabel("Päättäjä").SelectOptionAsync(new SelectOptionValue { Label = "Emilia Mäkinen" });
        await page.GetByLabel("Fasilitaattori").SelectOptionAsync(new SelectOptionValue { Label = "Eetu Rantanen" });
        await page.GetByLabel("Toteutustapa").SelectOptionAsync("HalfDays");
        await Assertions.Expect(page.Locator(".sprint-session-row")).ToHaveCountAsync(8);
        await page.GetByRole(AriaRole.Button, new() { Name = "Suunnittele sprintti" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "E2E puolipäivin: miten nuori löytää oikean palvelun?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".sprint-half-heading")).ToHaveCountAsync(8);
    }

    [Fact]
    public async Task TwoParticipants_VoteFromPhones_AndSeeTheVotesRevealed()
    {
        var given = new SprintGiven(fixture.App.BaseAddress);
        var sprintId = await given.PlannedAsync(Facilitator, Decider, First, Second);
        await given.AtHowMightWeVoteAsync(Facilitator, sprintId,
            "Miten voisimme ohjata asiakkaan oikeaan palveluun ensimmäisellä kerralla?",
            "Miten voisimme lyhentää jonoa alkuarvioon?",
            "Miten voisimme kertoa asiakkaalle, missä hänen asiansa menee?");

        var facilitator = await fixture.NewPageAsync("fi-FI", Wall);
        await AppFixture.SignInAsync(facilitator, Facilitator);
        await AppFixture.OpenAsync(facilitator, $"/sprints/{sprintId}");
        await Assertions.Expect(facilitator.Locator(".sprint-voters")).ToContainTextAsync("Äänestäneitä: 0");

        var phones = new List<IPage>();
        foreach (var (person, index) in new[] { (First, 0), (Second, 1) })
        {
            var phone = await fixture.NewPageAsync("fi-FI", Phone);
            await AppFixture.SignInAsync(phone, person);
            await AppFixture.OpenAsync(phone, $"/sprints/{sprintId}");
            var dotsLeft = phone.Locator(".sprint-dots-left");
            await Assertions.Expect(dotsLeft).ToContainTextAsync("Pisteitä jäljellä: 2/2");
            // Both put a dot on the first note; each puts the other on a different one.
            await phone.Locator(".sprint-vote-target").Nth(0).ClickAsync();
            await Assertions.Expect(dotsLeft).ToContainTextAsync("Pisteitä jäljellä: 1/2");
            await phone.Locator(".sprint-vote-target").Nth(index + 1).ClickAsync();
            await Assertions.Expect(dotsLeft).ToContainTextAsync("Pisteitä jäljellä: 0/2");
            await Assertions.Expect(phone.Locator(".sprint-vote-target").First).ToBeDisabledAsync();
            phones.Add(phone);
        }
        await NoSeriousAxeViolationsAsync(phones[1]);
        await NoSidewaysScrollAsync(phones[1]);
        await phones[1].ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprint-vote-fi-phone"), FullPage = true });

        // Anonymous until revealed: the facilitator sees only how many have voted, live.
        await Assertions.Expect(facilitator.Locator(".sprint-voters")).ToContainTextAsync("Äänestäneitä: 2");
        await Assertions.Expect(facilitator.Locator(".sprint-tally")).ToHaveCountAsync(0);
        await NoSeriousAxeViolationsAsync(facilitator);
        await facilitator.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprint-vote-facilitator-fi-1920"), FullPage = true });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Paljasta äänet" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator(".sprint-tally li").First).ToContainTextAsync("2 pistettä");

        foreach (var phone in phones)
        {
            var tally = phone.Locator(".sprint-tally li");
            await Assertions.Expect(tally).ToHaveCountAsync(3);
            await Assertions.Expect(tally.First).ToContainTextAsync("ensimmäisellä kerralla");
            await Assertions.Expect(tally.First).ToContainTextAsync("2 pistettä");
            await Assertions.Expect(phone.Locator(".sprint-vote-target")).ToHaveCountAsync(0);
        }
        await NoSeriousAxeViolationsAsync(phones[0]);
        await NoSidewaysScrollAsync(phones[0]);
        await phones[0].ScreenshotAsync(new() { Path = Browser.ScreenshotPath("sprint-revealed-fi-phone"), FullPage = true });
    }
}
