using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Administration in the browser: two-step sign-in, a new user with a role and a team, block reasons' names, accessibility.</summary>
[Collection(AppCollection.Name)]
public sealed class AdminTests(AppFixture fixture)
{
    // The team as the English admin pages name it (the demo has its name in fi, sv and en).
    private const string Team = "Family social work multi-professional team";

    [Fact]
    public async Task Administrator_SignsInWithCode_CreatesUserWithRoleAndTeamThenMakesThemTeamLead()
    {
        var page = await SignInAsAdministratorAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })
            .GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true }));
        var email = $"uusi.{Guid.NewGuid().ToString("N")[..6]}@demo.sujuva.fi";

        var form = page.GetByRole(AriaRole.Region, new() { Name = "New user" });
        await form.GetByLabel("E-mail").FillAsync(email);
        await form.GetByLabel("Name").FillAsync("Uusi Työntekijä");
        await form.GetByLabel("Initial password").FillAsync("Alku-salasana-2026");
        await form.GetByRole(AriaRole.Group, new() { Name = "Roles" }).GetByLabel("Worker").CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Teams" }).GetByLabel(Team).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("User Uusi Työntekijä created.");
        var row = page.Locator($"tr[data-email='{email}']");
        await Assertions.Expect(row).ToContainTextAsync("Worker");
        await Assertions.Expect(row).ToContainTextAsync(Team);

        await row.GetByRole(AriaRole.Button, new() { Name = "Edit Uusi Työntekijä" }).ClickAsync();
        var edit = page.GetByRole(AriaRole.Region, new() { Name = "Edit Uusi Työntekijä" });
        await edit.GetByRole(AriaRole.Group, new() { Name = "Roles" }).GetByLabel("Team lead").CheckAsync();
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Changes to Uusi Työntekijä saved.");
        await Assertions.Expect(row).ToContainTextAsync("Team lead, Worker");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("admin-users"), FullPage = true });
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/network")]
    [InlineData("/admin/block-reasons")]
    [InlineData("/admin/audit")]
    [InlineData("/account/two-factor")]
    [InlineData("/account/password")]
    public async Task AdminAndAccountPages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await SignInAsAdministratorAsync();
        // The administration pages are interactive: check them once loaded. The account pages are static.
        if (path.StartsWith("/admin", StringComparison.Ordinal)) await AppFixture.OpenAsync(page, path);
        else await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        if (path == "/admin/network")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Stages of Kuntouttava työtoiminta" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stages of Kuntouttava työtoiminta" })).ToBeVisibleAsync();
        }
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("admin" + path.Replace('/', '-')), FullPage = true });

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>
    /// The administrator names a reason in the three languages with the keyboard; the board and the case page then
    /// show the name in the reader's language. The names are cleared at the end: the other tests see the built-in texts.
    /// </summary>
    [Theory]
    [InlineData("fi-FI", "fi", "Asiakas ei vastaa yhteydenottoihin")]
    [InlineData("sv-FI", "sv", "Klienten svarar inte på kontakter")]
    public async Task BlockReasonNames_EnteredByTheAdministrator_BoardAndCasePageShowTheReadersName(string locale, string language, string expected)
    {
        var t = UiTexts.Of(language);
        var builtIn = t["BlockReason.WaitingForClient"];
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, LeadsTeam, cases: 1);
        var (caseId, pseudonym) = board.Cases[0];
        using (var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead))
        {
            var version = (await lead.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}", TestContext.Current.CancellationToken)).GetProperty("version").GetInt32();
            var blocked = await lead.PostAsJsonAsync($"/api/cases/{caseId}/block", new { reason = "WaitingForClient", version }, TestContext.Current.CancellationToken);
            Assert.True(blocked.IsSuccessStatusCode, await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var admin = await AdminAuthenticator.SignedInPageAsync(fixture, locale);
        await AppFixture.OpenAsync(admin, "/admin/block-reasons");
        await admin.GetByLabel(t.Format("Admin.NameOf", builtIn), new() { Exact = true }).FillAsync("Asiakas ei vastaa yhteydenottoihin");
        await admin.Keyboard.PressAsync("Tab");
        await admin.Keyboard.TypeAsync("Klienten svarar inte på kontakter");
        await admin.Keyboard.PressAsync("Tab");
        await admin.Keyboard.TypeAsync("The client does not answer");
        await admin.Keyboard.PressAsync("Tab");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = t.Format("Admin.SaveOf", builtIn), Exact = true })).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(t["Admin.SavedAll"]);
        await UiTexts.AssertNoEnglishAsync(admin, "naming a block reason");
        await ScreenshotsAsync(admin, $"admin-block-reasons-{language}");

        var page = await fixture.NewPageAsync(locale);
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToContainTextAsync(expected);
        await page.GetByRole(AriaRole.Link, new() { Name = pseudonym, Exact = true }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = t.Format("Case.Heading", pseudonym) }));
        await Assertions.Expect(page.Locator(".case-facts")).ToContainTextAsync(expected);
        await Assertions.Expect(page.GetByLabel(t["Case.BlockReason"], new() { Exact = true })).ToHaveCountAsync(0);
        await ScreenshotsAsync(page, $"case-named-block-reason-{language}");

        await admin.GetByRole(AriaRole.Button, new() { Name = t.Format("Admin.ClearNamesOf", builtIn), Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(t["Admin.SavedAll"]);
        await Assertions.Expect(admin.GetByLabel(t.Format("Admin.NameOf", builtIn), new() { Exact = true })).ToHaveValueAsync("");
    }

    /// <summary>The page on a wide screen and on a phone, to look at; back to the test's size after.</summary>
    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"{name}-1920"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"{name}-390"), FullPage = true });
        if (size is not null) await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string LeadsTeam = "Perhesosiaalityön moniammatillinen tiimi";

    private Task<IPage> SignInAsAdministratorAsync() => AdminAuthenticator.SignedInPageAsync(fixture);
}
