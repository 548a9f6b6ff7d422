using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Metrics;

/// <summary>
/// Issue 14: the network scope shows every staff role the true network figures (pseudonymous aggregates), labelled
/// with what they cover; single cases stay with their teams.
/// </summary>
public sealed partial class NetworkScopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Period = "from=2026-01-01&to=2026-12-31";

    private static readonly string[] Roles =
        [FixtureNetwork.Coach, FixtureNetwork.Lead, FixtureNetwork.Instructor, FixtureNetwork.Manager, FixtureNetwork.Admin];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NetworkScope_EveryRole_GetsTheSameFiguresAndCoverage(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var figures = new Dictionary<string, string>();
        foreach (var who in Roles)
        {
            var client = await app.SignInAsync(who);
            var dashboard = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/flow/dashboard?{Period}", Ct);
            var flow = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/flow?{Period}", Ct);
            // Each answer is as of its own request's time (so are the value stream's running lead times); the rest must be equal.
            figures[who] = AsOf().Replace(string.Join('\n', flow.GetRawText(), dashboard.GetProperty("current").GetRawText(),
                dashboard.GetProperty("previous").GetRawText(), dashboard.GetProperty("cumulativeFlow").GetRawText(),
                dashboard.GetProperty("closed").GetRawText(), dashboard.GetProperty("throughputPerWeek").GetRawText(),
                string.Join(',', dashboard.GetProperty("valueStream").GetProperty("steps").EnumerateArray()
                    .Select(step => $"{step.GetProperty("stage").GetString()}:{step.GetProperty("cases").GetInt32()}")),
                dashboard.GetProperty("covers").GetRawText(),
                dashboard.GetProperty("aging").GetProperty("items").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture)), "");
        }

        var manager = figures[FixtureNetwork.Manager];
        Assert.All(Roles, who => Assert.True(figures[who] == manager, $"{who} sees other network figures than the manager:\n{Difference(figures[who], manager)}"));
        Assert.Contains("\"services\":2,\"organisations\":2", manager, StringComparison.Ordinal);
        Assert.Contains("\"open\":3", manager, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NetworkScope_WorkerOfAnotherTeam_SeesTheCasesCountedButNotTheirIds(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);

        var own = await AgingIdsAsync(coach);
        var others = await AgingIdsAsync(instructor);

        Assert.Equal(3, own.Count);
        Assert.All(own, id => Assert.True(Guid.TryParse(id, out _)));
        Assert.Equal(["", "", ""], others);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DashboardPages_Worker_LabelTheNetworkScopeWithWhatItCovers(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Coach);

        foreach (var path in new[] { "/dashboards/flow", "/dashboards/process", "/dashboards/network" })
        {
            var html = await pages.GetStringAsync(path, Ct);
            Assert.Contains("Koko verkosto: 2 palvelua, 2 organisaatiota", html, StringComparison.Ordinal);
        }
    }

    private static string Difference(string seen, string expected)
    {
        var at = 0;
        while (at < Math.Min(seen.Length, expected.Length) && seen[at] == expected[at]) at++;
        static string Around(string s, int i) => s.Substring(Math.Max(0, i - 80), Math.Min(160, s.Length - Math.Max(0, i - 80)));
        return $"{Around(seen, at)}\nexpected\n{Around(expected, at)}";
    }

    private static async Task<List<string>> AgingIdsAsync(HttpClient client)
    {
        var dashboard = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/flow/dashboard?{Period}", Ct);
        return [.. dashboard.GetProperty("aging").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetString()!)];
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"asOf\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AsOf();
}
