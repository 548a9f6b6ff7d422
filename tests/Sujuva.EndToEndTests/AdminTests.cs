using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Administration in the browser: two-step sign-in, a new user with a role and a team, accessibility.</summary>
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

    private Task<IPage> SignInAsAdministratorAsync() => AdminAuthenticator.SignedInPageAsync(fixture);
}
