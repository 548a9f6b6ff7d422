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
