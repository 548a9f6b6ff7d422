using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sujuva.EndToEndTests;

[Collection(AppCollection.Name)]
public sealed class BoardTests(AppFixture fixture)
{
    private const string TeamLead = "eetu.rantanen@demo.sujuva.fi";
    private const string Team = "Perhesosiaalityön moniammatillinen tiimi";
    private const string TeamInEnglish = "Family social work multi-professional team";

    private ApiGiven Given => new(fixture.App.BaseAddress);

    [Fact]
    public async Task Board_OpenedFromHome_ShowsStagesWithCountsAndCards()
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Family social work", Exact = true }).ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => url.Contains("/boards/", StringComparison.Ordinal));
        await AppFixture.WaitForReadyAsync(page, page.GetByRole(AriaRole.Heading, new() { Name = "Family social work", Exact = true }));

        await Assertions.Expect(page.Locator(".case-card").First).ToBeVisibleAsync();
        var columns = await page.Locator(".board-column").CountAsync();
        Assert.True(columns >= 3, $"{columns} columns at {page.Url}: {await page.Locator("h1").InnerTextAsync()}");
        await Assertions.Expect(page.Locator(".board-column").First.Locator(".wip")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d+"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-en") });
    }

    [Fact]
    public async Task MoveTo_ByKeyboard_MovesTheCardToTheChosenStage()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[0].Pseudonym;

        await Card(page, pseudonym).GetByRole(AriaRole.Button, new() { Name = $"Move to… (case of {pseudonym})" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var item = page.GetByRole(AriaRole.Menuitem, new() { Name = "Work", Exact = true });
        await Assertions.Expect(item).ToBeVisibleAsync();
        // The menu opens asynchronously and may move focus itself; act only once "Work" has it.
        await item.FocusAsync();
        await Assertions.Expect(item).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Work");
        await Assertions.Expect(Column(page, 1).GetByText(pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, 1).Locator(".wip")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task DragAndDrop_ByMouse_MovesTheCard()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[1].Pseudonym;

        await Card(page, pseudonym).DragToAsync(Column(page, 2));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Done");
        await Assertions.Expect(Column(page, 2).GetByText(pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, 0).GetByText(pseudonym)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task MoveIntoFullStage_IsRefusedUntilAReasonIsGiven()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 2, workLimit: 1);
        await Given.MoveAsync(TeamLead, board.Cases[0].CaseId, board.StageIds[1]);
        var page = await OpenBoardAsync(board);
        var pseudonym = board.Cases[1].Pseudonym;
        await Assertions.Expect(Column(page, 1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("at-limit"));

        await Card(page, pseudonym).DragToAsync(Column(page, 1));

        var dialog = page.GetByRole(AriaRole.Alertdialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Work is full");
        await Assertions.Expect(Column(page, 0).GetByText(pseudonym)).ToBeVisibleAsync();
        var confirm = dialog.GetByRole(AriaRole.Button, new() { Name = "Move anyway" });
        await Assertions.Expect(confirm).ToBeDisabledAsync();
        await page.Keyboard.TypeAsync("Urgent: child protection assessment");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-wip-override") });
        await confirm.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Work");
        await Assertions.Expect(Column(page, 1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over-limit"));
        await Assertions.Expect(Column(page, 1)).ToContainTextAsync("Over WIP limit");
    }

    [Fact]
    public async Task Move_SeenLiveByASecondBrowser_WithoutReloading()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var watcher = await OpenBoardAsync(board);
        var mover = await OpenBoardAsync(board);
        var pseudonym = board.Cases[0].Pseudonym;

        await Card(mover, pseudonym).DragToAsync(Column(mover, 1));
        await Assertions.Expect(Column(mover, 1).GetByText(pseudonym)).ToBeVisibleAsync();

        await Assertions.Expect(Column(watcher, 1).GetByText(pseudonym)).ToBeVisibleAsync(new() { Timeout = 5000 });
    }

    [Theory]
    [InlineData("fi-FI", "Vain estyneet", "Blocked only")]
    [InlineData("sv-FI", "Endast blockerade", "Blocked only")]
    public async Task LiveUpdate_InFinnishOrSwedish_KeepsTheBoardInThatLanguage(string locale, string blockedOnly, string english)
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        var page = await fixture.NewPageAsync(locale);
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.GetByText(blockedOnly, new() { Exact = true })).ToBeVisibleAsync();

        // A move made elsewhere reaches this page through the live feed, which redraws the board.
        await Given.MoveAsync(TeamLead, board.Cases[0].CaseId, board.StageIds[1]);
        await Assertions.Expect(Column(page, 1).GetByText(board.Cases[0].Pseudonym)).ToBeVisibleAsync(new() { Timeout = 10_000 });

        await Assertions.Expect(page.GetByText(blockedOnly, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(english, new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Filters_BlockedOnlyAndText_NarrowTheCards()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        var page = await OpenBoardAsync(board);

        await page.GetByLabel("Search").FillAsync(board.Cases[2].Pseudonym);
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await page.GetByLabel("Search").FillAsync("");
        await page.GetByLabel("Blocked only").CheckAsync();
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Swimlanes_ByWorker_RowsPerAssigneeAndKeyboardMovesAndAssigns()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        using var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead);
        var (leadId, leadName) = await BoardApi.MeAsync(lead, board.ServiceId);
        await BoardApi.AssignAsync(lead, board.Cases[0].CaseId, leadId);
        var page = await OpenBoardAsync(board);

        await page.GetByRole(AriaRole.Radio, new() { Name = "By worker" }).CheckAsync();

        var table = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader).GetByRole(AriaRole.Heading, new() { Name = "Work", Exact = true })).ToBeVisibleAsync();
        var mine = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = leadName }) });
        var unassigned = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Unassigned" }) });
        await Assertions.Expect(mine.GetByText(board.Cases[0].Pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(unassigned.Locator(".case-card")).ToHaveCountAsync(2);

        var pseudonym = board.Cases[1].Pseudonym;
        await ChooseAsync(page, $"Move to… (case of {pseudonym})", "Work");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} moved to Work");
        await Assertions.Expect(unassigned.Locator("td").Nth(1).GetByText(pseudonym)).ToBeVisibleAsync();

        await ChooseAsync(page, $"Assign… (case of {pseudonym})", leadName);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pseudonym} assigned to {leadName}");
        await Assertions.Expect(mine.Locator("td").Nth(1).GetByText(pseudonym)).ToBeVisibleAsync();
        await Assertions.Expect(Card(page, pseudonym)).ToContainTextAsync($"Worker: {leadName}");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-swimlanes-worker"), FullPage = true });
        await BoardApi.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "By team" }).CheckAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = TeamInEnglish })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Filters_ByWorker_ShowsOnlyTheirCards()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 3);
        using var lead = await BoardApi.SignedInAsync(fixture.App.BaseAddress, TeamLead);
        var (leadId, leadName) = await BoardApi.MeAsync(lead, board.ServiceId);
        await BoardApi.AssignAsync(lead, board.Cases[2].CaseId, leadId);
        var page = await OpenBoardAsync(board);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Worker" }).SelectOptionAsync(new SelectOptionValue { Label = leadName });

        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(1);
        await Assertions.Expect(Card(page, board.Cases[2].Pseudonym)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Worker" }).SelectOptionAsync(new SelectOptionValue { Label = "Unassigned" });
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Aging_EveryCard_SaysItsAgeInWordsAndTheLegendIsShown()
    {
        var board = await Given.BoardAsync(TeamLead, Team, cases: 1);
        await Given.MoveAsync(TeamLead, board.Cases[0].CaseId, board.StageIds[1]);
        var page = await OpenBoardAsync(board);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aging (cycle time of closed cases)" })).ToBeVisibleAsync();
        await Assertions.Expect(Card(page, board.Cases[0].Pseudonym).Locator(".card-aging"))
            .ToHaveTextAsync("In work 1 d (no closed cases to compare)");
    }

    /// <summary>
    /// Issue 5's speed figures, measured in the browser from the Navigation Timing origin: a board with
    /// 500 open cases must render every card within 1 s and show a keyboard move within 200 ms. The
    /// column of 500 first shows its 30 oldest and "show all" (a long column collapses); every card is
    /// timed from pressing "show all". The asserted limits are twice the targets, so a busy shared machine
    /// does not fail the suite; the printed figures are what to compare with them (median of three runs).
    /// </summary>
    [Fact]
    public async Task Measurement_BoardWith500OpenCases_RendersAndMovesWithinTheIssueLimits()
    {
        const int cases = 500;
        var board = await BoardApi.ServiceWithCasesAsync(fixture.App.BaseAddress, TeamLead, Team, cases);
        var page = await fixture.NewPageAsync(viewport: new ViewportSize { Width = 1920, Height = 1080 });
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");

        var firstPaints = new List<double>();
        var renders = new List<double>();
        var interactive = new List<double>();
        var moves = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await page.GotoAsync($"/boards/{board.ServiceId}", new() { WaitUntil = WaitUntilState.Commit });
            firstPaints.Add(await MillisecondsAsync(page,
                "n => document.querySelectorAll('.case-card').length >= n && document.querySelector('.show-all') ? performance.now() : 0", 30));
            interactive.Add(await MillisecondsAsync(page, "() => document.querySelector('main[data-interactive=true]') ? performance.now() : 0"));
            // Measured; now act only once the interactive render has loaded the board again.
            await AppFixture.WaitForReadyAsync(page);
            await page.EvaluateAsync("() => { window.__showAll = performance.now(); document.querySelector('.show-all').click(); }");
            renders.Add(await MillisecondsAsync(page,
                "n => document.querySelectorAll('.case-card').length >= n ? performance.now() - window.__showAll : 0", cases));
            await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(cases);

            var (caseId, pseudonym) = board.Cases[run];
            await page.EvaluateAsync("""
                () => document.addEventListener('keydown', e => {
                    if (e.key === 'Enter' && e.target.closest && e.target.closest('[role=menuitem]')) window.__moveStart = performance.now();
                }, true)
                """);
            await ChooseAsync(page, $"Move to… (case of {pseudonym})", "Work");
            moves.Add(await MillisecondsAsync(page, """
                id => {
                    const column = document.querySelectorAll('.board-column')[1];
                    return window.__moveStart && column && column.querySelector(`[data-case="${id}"]`) ? performance.now() - window.__moveStart : 0;
                }
                """, caseId.ToString()));
        }

        var (firstPaint, render, ready, move) = (Median(firstPaints), Median(renders), Median(interactive), Median(moves));
        static string Runs(List<double> runs) => string.Join(", ", runs.Select(r => r.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        var report = $"board of {cases} open cases: first paint (30 oldest cards and 'show all') {firstPaint:0} ms after navigation start (runs {Runs(firstPaints)}), " +
            $"interactive {ready:0} ms; all cards shown {render:0} ms after 'show all' (runs {Runs(renders)}); keyboard move shown {move:0} ms after Enter (runs {Runs(moves)})";
        TestContext.Current.SendDiagnosticMessage(report);
        Console.WriteLine(report);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("board-500-cases") });
        Assert.True(firstPaint < 2000, report);
        Assert.True(render < 2000, report);
        Assert.True(move < 400, report);
    }

    private static async Task<double> MillisecondsAsync(IPage page, string function, object? arg = null)
    {
        var handle = await page.WaitForFunctionAsync(function, arg, new() { Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Opens a card's menu by keyboard and picks an item, acting only once the item has focus.</summary>
    private static async Task ChooseAsync(IPage page, string menu, string item)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = menu }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var option = page.GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.FocusAsync();
        await Assertions.Expect(option).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    private async Task<IPage> OpenBoardAsync(ApiGiven.TestBoard board)
    {
        var page = await fixture.NewPageAsync();
        await AppFixture.SignInAsync(page, TeamLead);
        await AppFixture.OpenAsync(page, $"/boards/{board.ServiceId}");
        await Assertions.Expect(page.Locator(".case-card")).ToHaveCountAsync(board.Cases.Count);
        return page;
    }

    private static ILocator Column(IPage page, int index) => page.Locator(".board-column").Nth(index);

    private static ILocator Card(IPage page, string pseudonym) => page.Locator(".case-card", new() { HasText = pseudonym });
}

/// <summary>What the board, stand-up and network-board tests arrange through the API beyond <see cref="ApiGiven"/>.</summary>
internal static class BoardApi
{
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress, string email)
    {
        // Administrators sign in in two steps.
        if (email == ApiGiven.Administrator) return await AdminAuthenticator.SignedInAsync(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress };
        var login = await OkAsync(await http.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.DemoPassword }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }

    /// <summary>The signed-in user as the board of a service names them among its team's workers.</summary>
    public static async Task<(Guid Id, string Name)> MeAsync(HttpClient http, Guid serviceId)
    {
        var id = (await http.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var board = await http.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/board");
        var me = board.GetProperty("workers").EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == id);
        return (id, me.GetProperty("name").GetString()!);
    }

    public static async Task AssignAsync(HttpClient http, Guid caseId, Guid? workerId) =>
        await OkAsync(await http.PostAsJsonAsync($"/api/cases/{caseId}/assign", new { workerId, version = await VersionAsync(http, caseId) }));

    public static async Task BlockAsync(HttpClient http, Guid caseId, string reason) =>
        await OkAsync(await http.PostAsJsonAsync($"/api/cases/{caseId}/block", new { reason = "WaitingForDecision", note = reason, version = await VersionAsync(http, caseId) }));

    /// <summary>axe-core on the page as it is now: no serious or critical violations.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>A new service of the team (Queue, Work, Done; no limits) with that many cases in Queue, opened a few at a time.</summary>
    public static async Task<ApiGiven.TestBoard> ServiceWithCasesAsync(Uri baseAddress, string teamLead, string teamName, int count)
    {
        using var admin = await SignedInAsync(baseAddress, ApiGiven.Administrator);
        var teams = await admin.GetFromJsonAsync<JsonElement>("/api/teams");
        var teamId = teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == teamName).GetProperty("id").GetGuid();
        var created = await OkAsync(await admin.PostAsJsonAsync("/api/services", new
        {
            teamId,
            name = $"Speed {Guid.NewGuid().ToString("N")[..6]}",
            stages = new object[] { new { name = "Queue", kind = "Waiting" }, new { name = "Work", kind = "Working" }, new { name = "Done", kind = "Working" } },
        }));
        var serviceId = created.GetProperty("id").GetGuid();
        using var lead = await SignedInAsync(baseAddress, teamLead);
        var opened = new (Guid, string)[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var client = await OkAsync(await lead.PostAsJsonAsync("/api/clients", new { firstName = "Nopeus", lastName = $"Asiakas {i}" }, ct));
            var @case = await OkAsync(await lead.PostAsJsonAsync("/api/cases", new { clientId = client.GetProperty("id").GetGuid(), serviceId }, ct));
            opened[i] = (@case.GetProperty("id").GetGuid(), @case.GetProperty("clientPseudonym").GetString()!);
        });
        return new ApiGiven.TestBoard(serviceId, [.. created.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("id").GetGuid())], opened);
    }

    private static async Task<int> VersionAsync(HttpClient http, Guid caseId) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("version").GetInt32();

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
