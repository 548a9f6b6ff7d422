using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Sujuva.EndToEndTests;

/// <summary>axe-core on every main page: no serious or critical violations.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/login", false)]
    [InlineData("/", true)]
    [InlineData("/boards/", true)]
    [InlineData("/referrals", true)]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, bool signedIn)
    {
        var page = await fixture.NewPageAsync();
        if (signedIn) await AppFixture.SignInAsync(page, "eetu.rantanen@demo.sujuva.fi");
        if (path == "/boards/")
        {
            var board = await new ApiGiven(fixture.App.BaseAddress).BoardAsync(
                "eetu.rantanen@demo.sujuva.fi", "Perhesosiaalityön moniammatillinen tiimi", cases: 3, workLimit: 2);
            path += board.ServiceId;
        }
        // Signed in, the page is checked as it is once loaded, not half-way through its first interactive render.
        if (signedIn) await AppFixture.OpenAsync(page, path);
        else await page.GotoAsync(path);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}";
}
