using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>One app (seeded with the demo network) and one browser for all browser tests.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Sujuva-demo-2026!";

    /// <summary>
    /// How long a page may take to load under a full test run on a shared two-core machine: the first
    /// prerender and the first interactive load of a dashboard compute its figures from the whole event log.
    /// </summary>
    public const float LoadTimeout = 60_000;

    private readonly List<IBrowserContext> _contexts = [];
    private string? _contextsOfTest;
    private IPlaywright? _playwright;

    public RunningApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Every test signs in, all from 127.0.0.1: the sign-in rate limit is tested by the integration tests.
        App = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Security:SignInPermitLimit"] = "100000",
            // Which page loads ran while prerendering and which were carried to the circuit (PrerenderOnceTests).
            ["Logging:LogLevel:Sujuva.Web.Components.Data.OncePerVisit"] = "Debug",
        });
        (_playwright, Browser) = await EndToEndTests.Browser.LaunchAsync();
    }

    /// <summary>A fresh browser context (own cookies) with a browser language; pages open on the app.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", ViewportSize? viewport = null)
    {
        await CloseEarlierTestsPagesAsync();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
        });
        // Navigations wait for the server's prerender, which for a dashboard is its first load.
        context.SetDefaultNavigationTimeout(LoadTimeout);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        ConsoleErrors.Watch(page);
        return page;
    }

    /// <summary>
    /// A finished test's open pages keep their circuits, and every live update would redraw their boards and
    /// dashboards on the server for the rest of the run: close them when the next test opens its first page.
    /// </summary>
    private async Task CloseEarlierTestsPagesAsync()
    {
        var test = TestContext.Current.Test?.UniqueID;
        if (test == _contextsOfTest) return;
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
        _contextsOfTest = test;
    }

    /// <summary>Signs in through the sign-in page, as a person does, and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").Or(page.GetByLabel("Sähköposti")).Or(page.GetByLabel("E-post")).FillAsync(email);
        await page.Locator("#password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        try
        {
            await WaitForUrlAsync(page, url => !url.Contains("/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            // What the page says instead (an alert, an error page) is where to look next.
            await page.ScreenshotAsync(new() { Path = EndToEndTests.Browser.ScreenshotPath("sign-in-stuck-" + email) });
            var text = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"Still on {page.Url} after signing in as {email}: {text[..Math.Min(text.Length, 600)]}", e);
        }
        await WaitForReadyAsync(page);
    }

    /// <summary>
    /// Waits until the page's address matches, and for nothing else: readiness is <see cref="WaitForReadyAsync"/>.
    /// Not IPage.WaitForURLAsync: when the address already matches it waits for the document's load event
    /// (whatever WaitUntil says), and its client checks the load states and then subscribes to them, so a load
    /// that lands in between is missed and it waits out its whole timeout (seen in CI after signing in).
    /// </summary>
    public static async Task WaitForUrlAsync(IPage page, Func<string, bool> matches)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!matches(page.Url))
        {
            if (waited.ElapsedMilliseconds > LoadTimeout)
                throw new TimeoutException($"The address is still {page.Url} after {LoadTimeout / 1000} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Opens a page by its address, as a new document, and waits until it is ready.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForReadyAsync(page);
    }

    /// <summary>
    /// Waits until the page is interactive and loaded. The first interactive render replaces the prerendered
    /// page (and some parts load their data only then), so anything touched before then may be replaced under the pointer.
    /// Pages mark their loaded content data-ready="true" once interactive, and a part that loads on its own
    /// says "false" until it has: ready is at least one marker, all of them true. After a navigation inside
    /// the circuit (a link) the previous page's marker stays until the next page renders, so pass
    /// <paramref name="shown"/>, something only the next page has (its heading), to wait for first.
    /// </summary>
    public static async Task WaitForReadyAsync(IPage page, ILocator? shown = null)
    {
        if (shown is not null) await shown.WaitForAsync(new() { Timeout = LoadTimeout });
        await page.WaitForFunctionAsync("""
            () => {
                const markers = document.querySelectorAll('main[data-interactive=true] [data-ready]');
                return markers.length > 0 && [...markers].every(m => m.getAttribute('data-ready') === 'true');
            }
            """, null, new() { Timeout = LoadTimeout, PollingInterval = 100 });
    }

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
