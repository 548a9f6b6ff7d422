using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Taking a client in, in Finnish and in Swedish: register with a valid identity code (an invalid one is refused
/// at its field), find the duplicate, close and reopen the case with a reason, and search for the client; every
/// page visited passes axe and shows no English text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ClientIntakeTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    /// <summary>The texts a person of that language sees (and a code whose check character fits, one per run).</summary>
    public sealed record Language(string Locale, string Code, string FirstName, string LastName, string NewCase,
        string IdentityCode, string FirstNameLabel, string LastNameLabel, string Register, string Outcome, string Employed,
        string Close, string ReopenReason, string ClosedByMistake, string Reopen, string Clients, string SearchLabel, string Search);

    public static TheoryData<string> Locales => new("fi-FI", "sv-FI");

    private static Language In(string locale) => locale == "fi-FI"
        ? new("fi-FI", "010185-123B", "Saara", "Saarinen", "Uusi asiakkuus", "Henkilötunnus", "Etunimi", "Sukunimi",
            "Rekisteröi ja avaa asiakkuus", "Tulos", "Työllistyi", "Päätä", "Miksi asiakkuus avataan uudelleen?",
            "Suljettiin vahingossa", "Avaa uudelleen", "Asiakkaat", "Nimi tai henkilötunnus", "Hae")
        : new("sv-FI", "020290-3458", "Stina", "Lindqvist", "Nytt ärende", "Personbeteckning", "Förnamn", "Efternamn",
            "Registrera och öppna ärendet", "Resultat", "Fick arbete", "Avsluta", "Varför öppnas det på nytt?",
            "Stängdes av misstag", "Öppna på nytt", "Klienter", "Namn eller personbeteckning", "Sök");

    [Theory, MemberData(nameof(Locales))]
    public async Task NewCase_RegisterFindDuplicateReopenAndSearch_InTheUsersLanguage(string locale)
    {
        var l = In(locale);
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 0);
        var page = await fixture.NewPageAsync(locale);
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await UiTexts.AssertNoEnglishAsync(page, page.Url);

        // The board's entry point, by keyboard.
        await page.GetByRole(AriaRole.Link, new() { Name = l.NewCase, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^{l.NewCase}: ") }));
        await AssertCleanAsync(page);

        await page.GetByLabel(l.FirstNameLabel).FillAsync(l.FirstName);
        await page.GetByLabel(l.LastNameLabel).FillAsync(l.LastName);
        var code = page.GetByLabel(l.IdentityCode, new() { Exact = true });
        await code.FillAsync(l.Code[..^1] + (l.Code[^1] == 'B' ? 'C' : '9'));
        await code.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#identityCode-error")).ToContainTextAsync($"{l.IdentityCode}:");
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = l.Register }).ClickAsync();
        await Assertions.Expect(page.Locator("#identityCode-error")).ToContainTextAsync($"{l.IdentityCode}:");
        await AssertCleanAsync(page);

        await code.FillAsync(l.Code);
        await code.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#identity-code-hint")).ToContainTextAsync(l.Code.StartsWith("01", StringComparison.Ordinal) ? "1985" : "1990");
        await Assertions.Expect(page.Locator("#identityCode-error")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = l.Register }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("/cases/", StringComparison.Ordinal));
        var caseUrl = page.Url;
        await AppFixture.WaitForReadyAsync(page, page.Locator(".client-name").GetByText($"{l.FirstName} {l.LastName}"));
        await AssertCleanAsync(page);

        // The same code again: the client is offered instead of a second registration.
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}/new-case");
        await code.FillAsync(l.Code);
        await code.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".duplicate")).ToContainTextAsync($"{l.FirstName} {l.LastName}");
        await Assertions.Expect(page.Locator(".duplicate").GetByRole(AriaRole.Button)).ToBeVisibleAsync();
        await AssertCleanAsync(page);

        // Close, then reopen with a reason.
        await AppFixture.OpenAsync(page, new Uri(caseUrl).PathAndQuery);
        await page.GetByLabel(l.Outcome, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = l.Employed });
        await page.GetByRole(AriaRole.Button, new() { Name = l.Close, Exact = true }).ClickAsync();
        var reason = page.GetByLabel(l.ReopenReason);
        await reason.SelectOptionAsync(new SelectOptionValue { Label = l.ClosedByMistake });
        await AssertCleanAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = l.Reopen, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = l.Close, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".journey")).ToContainTextAsync(l.ClosedByMistake);
        await AssertCleanAsync(page);

        // Finding the client from the menu.
        await page.GetByRole(AriaRole.Link, new() { Name = l.Clients, Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByLabel(l.SearchLabel));
        await page.GetByLabel(l.SearchLabel).FillAsync(l.LastName);
        await page.GetByLabel(l.SearchLabel).PressAsync("Enter");
        var row = page.Locator(".client-hits tbody tr").Filter(new() { HasText = $"{l.FirstName} {l.LastName}" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Uri(caseUrl).AbsolutePath);
        await AssertCleanAsync(page);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"client-search-{locale}"), FullPage = true });
    }

    private static async Task AssertCleanAsync(IPage page)
    {
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await UiTexts.AssertNoEnglishAsync(page, page.Url);
    }
}
