using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>One app (seeded with the demo network) and one browser for all browser tests.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Sujuva-demo-2026!";

    private IPlaywright? _playwright;

    public RunningApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Every test signs in, all from 127.0.0.1: the sign-in rate limit is tested by the integration tests.
        App = await RunningApp.StartAsync(new Dictionary<string, string> { ["Security:SignInPermitLimit"] = "100000" });
        (_playwright, Browser) = await EndToEndTests.Browser.LaunchAsync();
    }

    /// <summary>A fresh browser context (own cookies) with a browser language; pages open on the app.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, as a person does, and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").Or(page.GetByLabel("Sähköposti")).Or(page.GetByLabel("E-post")).FillAsync(email);
        await page.Locator("#password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        // Commit, not load: the circuit below is what shows the page is ready, and a navigation that
        // Blazor finishes itself fires no second load event.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit });
        await WaitForCircuitAsync(page);
    }

    /// <summary>Pages are prerendered first; interactive handlers work once Blazor's circuit is up.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
