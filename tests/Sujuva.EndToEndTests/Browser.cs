using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>Debian's Chromium, headless; Playwright must never download a browser of its own.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SUJUVA_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Screenshots are test artefacts: TestResults/screenshots under the test output.</summary>
    public static string ScreenshotPath(string name) => ArtefactPath(name + ".png");

    /// <summary>A file in TestResults/screenshots under the test output.</summary>
    public static string ArtefactPath(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
