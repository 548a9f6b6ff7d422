using System.Net.Http.Json;
using Microsoft.Playwright;
using Sujuva.Bench;

namespace Sujuva.EndToEndTests;

/// <summary>A new administrator's first sign-in: only the enrolment page opens until an authenticator is set up.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountTests(AppFixture fixture)
{
    [Fact]
    public async Task NewAdministrator_FirstSignIn_EnrolsWithTheQrPageThenReachesAdministration()
    {
        var email = $"yllapito.{Guid.NewGuid().ToString("N")[..6]}@demo.sujuva.fi";
        using (var admin = await AdminAuthenticator.SignedInAsync(fixture.App.BaseAddress))
        {
            var created = await admin.PostAsJsonAsync("/api/admin/users", new
            {
                email, displayName = "Uusi Ylläpitäjä", password = AppFixture.DemoPassword,
                roles = new[] { "Administrator" }, teamIds = Array.Empty<Guid>(),
            }, TestContext.Current.CancellationToken);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.Locator("#password").FillAsync(AppFixture.DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("/account/two-factor", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for the authenticator app" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("account-enrol"), FullPage = true });
        await page.GotoAsync("/admin/users");
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("/account/two-factor", StringComparison.Ordinal));

        var key = (await page.GetByTestId("shared-key").TextContentAsync())!;
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem))
            .ToHaveCountAsync(10);
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
    }
}
