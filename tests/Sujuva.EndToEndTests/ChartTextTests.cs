using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Issue 14, "charts people can read": on every chart page, in Finnish, at a wall screen, a laptop and a phone, no
/// text in a chart is drawn smaller than 12 px at 100 % zoom, and no two labels of the process map or the aging
/// chart overlap.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChartTextTests(AppFixture fixture)
{
    private const string Manager = "kaisa.pitkanen2@demo.sujuva.fi";

    /// <summary>
    /// Every visible text of an svg in the page's main part whose drawn size is under 12 px: its computed font
    /// size times the scale the svg's viewBox gives it on the screen (getScreenCTM), which a shrunk chart makes small.
    /// </summary>
    private const string SmallTexts = """
        () => [...document.querySelectorAll('main svg text')]
            .filter(t => t.getBoundingClientRect().width > 0 && t.textContent.trim() !== '')
            .map(t => {
                const m = t.getScreenCTM();
                const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
                return { text: [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim(), px };
            })
            .filter(t => t.px < 11.95)
            .map(t => `${t.text} (${t.px.toFixed(1)} px)`)
        """;

    /// <summary>
    /// The number of texts under a selector, then each pair of them whose boxes on the screen overlap by more than
    /// half a pixel each way.
    /// </summary>
    private const string Overlaps = """
        selector => {
            const texts = [...document.querySelectorAll(selector)]
                .filter(t => t.getBoundingClientRect().width > 0 && t.textContent.trim() !== '');
            const own = t => [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
            const boxes = texts.map(t => t.getBoundingClientRect());
            const found = [];
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const [a, b] = [boxes[i], boxes[j]];
                    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (w > 0.5 && h > 0.5) found.push(`${own(texts[i])} / ${own(texts[j])}`);
                }
            return [String(texts.length), ...found];
        }
        """;

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task ChartPages_Finnish_TextAtLeast12PxAndNoOverlappingLabels(int width, int height)
    {
        var page = await fixture.NewPageAsync("fi-FI", new ViewportSize { Width = width, Height = height });
        await AppFixture.SignInAsync(page, Manager);
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        await page.Locator("#dashboard-scope").SelectOptionAsync("service");
        var service = await page.Locator("#dashboard-id option").First.GetAttributeAsync("value", new() { Timeout = AppFixture.LoadTimeout });
        Assert.False(string.IsNullOrEmpty(service));

        (string Name, string Path)[] pages =
        [
            ("flow-network", "/dashboards/flow"),
            ("flow-service", $"/dashboards/flow?scope=service&id={service}"),
            ("process-map", "/dashboards/process"),
            ("process-map-service", $"/dashboards/process?serviceId={service}"),
            ("network", "/dashboards/network"),
            ("feedback", $"/services/{service}/feedback"),
            ("pulse-results", "/pulse/results"),
        ];
        var problems = new List<string>();
        foreach (var (name, path) in pages)
        {
            await AppFixture.OpenAsync(page, path);
            await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"charts-{name}-fi-{width}"), FullPage = true });
            var small = await page.EvaluateAsync<string[]>(SmallTexts);
            problems.AddRange(small.Select(s => $"{path}: under 12 px: {s}"));
        }

        await AppFixture.OpenAsync(page, "/dashboards/process");
        var map = OverlapResult.Of(await page.EvaluateAsync<string[]>(Overlaps, "svg.process-map text"));
        Assert.True(map.Count > 10, $"The process map has {map.Count} texts.");
        problems.AddRange(map.Found.Select(o => $"process map overlaps: {o}"));

        await AppFixture.OpenAsync(page, $"/dashboards/flow?scope=service&id={service}");
        var aging = OverlapResult.Of(await page.EvaluateAsync<string[]>(Overlaps, "figure[data-chart=aging] svg text"));
        Assert.True(aging.Count > 4, $"The aging chart has {aging.Count} texts.");
        problems.AddRange(aging.Found.Select(o => $"aging chart overlaps: {o}"));
        await AppFixture.OpenAsync(page, "/dashboards/flow");
        var agingNetwork = OverlapResult.Of(await page.EvaluateAsync<string[]>(Overlaps, "figure[data-chart=aging] svg text"));
        problems.AddRange(agingNetwork.Found.Select(o => $"aging chart (network) overlaps: {o}"));

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.DistinctBy(p => p.Split(':')[0] + p.Split(':')[1]).Take(10).Concat(problems.Take(30))));
    }

    private sealed record OverlapResult(int Count, string[] Found)
    {
        public static OverlapResult Of(string[] result) => new(int.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture), result[1..]);
    }
}
