using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The audit log page: a worker's read of a client's name shows up under that worker and not in a period
/// before it; the page is for administrators only.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";

    [Fact]
    public async Task AuditLog_WorkerReadsCase_AdministratorFindsTheReadByWorkerNotInAnEarlierPeriod()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 1);
        var (caseId, pseudonym) = board.Cases[0];
        var (workerEmail, workerName) = await NewWorkerAsync();
        var worker = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(worker, workerEmail);
        await AppFixture.OpenAsync(worker, $"/cases/{caseId}");
        await Assertions.Expect(worker.Locator(".client-name")).ToContainTextAsync("Testi Asiakas 0");

        var page = await SignInAsAdministratorAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" })
            .GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" }));
        var filter = page.GetByRole(AriaRole.Form, new() { Name = "Filter the audit log" });
        await filter.GetByLabel("User").SelectOptionAsync(new SelectOptionValue { Label = $"{workerName} ({workerEmail})" });
        await filter.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Personal data read" });
        await filter.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("kind=PersonalDataRead", StringComparison.Ordinal));

        // One visit of the case page is one reading on record (read on its circuit, not also while prerendering).
        var rows = page.Locator("tr[data-kind=PersonalDataRead]").Filter(new() { HasText = pseudonym });
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var row = rows.First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync(workerName);
        await Assertions.Expect(row).ToContainTextAsync("Reason: case in E2E ");
        await Assertions.Expect(page.GetByText("Testi Asiakas 0")).ToHaveCountAsync(0);
        Assert.Contains("kind=PersonalDataRead", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("admin-audit"), FullPage = true });
        var found = page.Url;

        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The filters were submitted as a new page: let it become interactive before typing into it, or its
        // first interactive render puts the address's values back into the fields.
        await AppFixture.WaitForReadyAsync(page);
        filter = page.GetByRole(AriaRole.Form, new() { Name = "Filter the audit log" });
        await filter.GetByLabel("From").FillAsync(DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await filter.GetByLabel("To (inclusive)").FillAsync(yesterday);
        await filter.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains($"to={yesterday}", StringComparison.Ordinal));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No entries match the filters.");
        await Assertions.Expect(page.Locator("tr[data-kind]")).ToHaveCountAsync(0);
        Assert.Contains($"to={yesterday}", page.Url, StringComparison.Ordinal);

        await AppFixture.OpenAsync(page, found);
        await page.GetByRole(AriaRole.Link, new() { Name = "Suomi" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Valvontaloki" }));
        await Assertions.Expect(row).ToContainTextAsync("Henkilötietojen katselu");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("admin-audit-fi"), FullPage = true });
    }

    [Fact]
    public async Task AuditLog_Manager_SentAwayWithoutTheLog()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, Manager);

        await page.GotoAsync("/admin/audit");

        await AppFixture.WaitForUrlAsync(page, url => !url.Contains("/admin/audit", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr[data-kind]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AuditLog_InFinnish_WorkerOpensABoard_OneLineForThePageViewThatListsItsClients()
    {
        var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(TeamLead, Team, cases: 3);
        var (workerEmail, workerName) = await NewWorkerAsync();
        var worker = await fixture.NewPageAsync("fi-FI");
        await AppFixture.SignInAsync(worker, workerEmail);
        await AppFixture.OpenAsync(worker, $"/boards/{board.ServiceId}");
        await Assertions.Expect(worker.Locator(".client-name")).ToHaveCountAsync(3);

        var page = await SignInAsAdministratorAsync();
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GetByRole(AriaRole.Link, new() { Name = "Suomi" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Käyttäjät" }));
        await AppFixture.OpenAsync(page, $"/admin/audit?user={await UserIdAsync(workerEmail)}&kind=PersonalDataRead");

        var lines = page.Locator("tr[data-kind=PersonalDataRead]:not(.in-page-view)");
        await Assertions.Expect(lines).ToHaveCountAsync(1);
        await Assertions.Expect(lines.First).ToContainTextAsync(workerName);
        await Assertions.Expect(lines.First).ToContainTextAsync("3 asiakasta yhdellä sivunäytöllä");
        await Assertions.Expect(lines.First).ToContainTextAsync("page /boards/{ServiceId}");
        var show = lines.First.GetByRole(AriaRole.Button, new() { Name = "Näytä asiakkaat" });
        await Assertions.Expect(show).ToHaveAttributeAsync("aria-expanded", "false");
        await show.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var clients = page.Locator("tr.in-page-view");
        await Assertions.Expect(clients).ToHaveCountAsync(3);
        foreach (var (_, pseudonym) in board.Cases) await Assertions.Expect(clients.Filter(new() { HasText = pseudonym })).ToHaveCountAsync(1);
        await Assertions.Expect(lines.First.GetByRole(AriaRole.Button, new() { Name = "Piilota asiakkaat" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.GetByText("Testi Asiakas 0")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("admin-audit-page-views-fi") });
        await BoardApi.AssertNoSeriousViolationsAsync(page);
        await UiTexts.AssertNoEnglishAsync(page, "expanding a page view in the audit log");
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        using var admin = await AdminAuthenticator.SignedInAsync(fixture.App.BaseAddress);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users", TestContext.Current.CancellationToken);
        return users.EnumerateArray().First(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();
    }

    /// <summary>A worker of the team of its own, so that the entries under them are this test's.</summary>
    private async Task<(string Email, string Name)> NewWorkerAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (email, name) = ($"lukija.{suffix}@demo.sujuva.fi", $"Lukija {suffix}");
        using var admin = await AdminAuthenticator.SignedInAsync(fixture.App.BaseAddress);
        var teams = await admin.GetFromJsonAsync<JsonElement>("/api/teams", ct);
        var teamId = teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == Team).GetProperty("id").GetGuid();
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email, displayName = name, password = AppFixture.DemoPassword, roles = new[] { "Worker" }, teamIds = new[] { teamId },
        }, ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(ct));
        return (email, name);
    }

    /// <summary>Password, then the authenticator code on the second step of the sign-in page.</summary>
    private async Task<IPage> SignInAsAdministratorAsync()
    {
        var page = await AdminAuthenticator.SignedInPageAsync(fixture);
        await AppFixture.OpenAsync(page, "/admin/users");
        return page;
    }
}
