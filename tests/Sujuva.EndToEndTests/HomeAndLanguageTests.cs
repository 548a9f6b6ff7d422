using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class HomeAndLanguageTests(AppFixture fixture)
{
    [Fact]
    public async Task SignIn_DemoTeamLead_SeesOwnTeamAndBoards()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, "eetu.rantanen@demo.sujuva.fi");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your work" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Family social work multi-professional team")).ToBeVisibleAsync();
        var boards = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(boards.GetByRole(AriaRole.Rowheader).First).ToContainTextAsync("my team");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("home-en"), FullPage = true });
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndStaysOnSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("#email").FillAsync("eetu.rantanen@demo.sujuva.fi");
        await page.Locator("#password").FillAsync("not-the-password");
        await page.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("wrong");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ToFinnishAndSwedish_ChangesTextsAndKeepsThePage()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, "eetu.rantanen@demo.sujuva.fi");

        await page.GetByRole(AriaRole.Link, new() { Name = "Suomi" }).ClickAsync();
        // The language is a cookie, so switching loads the page anew: use it once it is ready.
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Oma työ" }));
        Assert.Equal("fi", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("home-fi"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Ditt arbete" }));
    }

    [Fact]
    public async Task PhoneWidth_MenuLanguagesAndSignOut_AllOnScreenAndUsable()
    {
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 390, Height = 844 });
        await AppFixture.SignInAsync(page, "eetu.rantanen@demo.sujuva.fi");

        var bar = page.Locator(".mud-appbar");
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Your work" });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        var barBox = (await bar.BoundingBoxAsync())!;
        foreach (var name in new[] { "Home", "Referrals", "Flow", "Pulse", "Suomi", "Svenska", "Sign out" })
        {
            var control = bar.GetByRole(name == "Sign out" ? AriaRole.Button : AriaRole.Link, new() { Name = name, Exact = true });
            await Assertions.Expect(control).ToBeInViewportAsync();
            // On the bar itself, not spilling white-on-white over the page below it.
            var box = (await control.BoundingBoxAsync())!;
            Assert.True(box.Y >= barBox.Y && box.Y + box.Height <= barBox.Y + barBox.Height + 0.5, $"{name} lies outside the app bar.");
        }
        Assert.True((await heading.BoundingBoxAsync())!.Y >= barBox.Y + barBox.Height, "The page's heading is not under the app bar.");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("home-phone") });

        await bar.GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Ditt arbete" }));
    }

    [Fact]
    public async Task BrowserLanguage_Swedish_IsTheDefault()
    {
        var page = await fixture.NewPageAsync(locale: "sv-FI");
        await page.GotoAsync("/login");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logga in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Home_NotSignedIn_GoesToSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("/login", StringComparison.Ordinal));
        await page.Locator("#password").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("login-en") });
    }
}
