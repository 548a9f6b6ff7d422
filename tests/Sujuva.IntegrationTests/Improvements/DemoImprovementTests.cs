using System.Globalization;
using System.Net.Http.Json;
using Sujuva.Analytics.Readers;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Improvements;

/// <summary>
/// The demo's improvement history tells the truth: its charts come from the live log, so the A3's weekly queue-time
/// series equals one recomputed here from the exported event log by METRICS.md §11 alone (Helsinki ISO weeks, the
/// usual median, phases at the change date), and each story's chart shows what its decision claims.
/// </summary>
public sealed class DemoImprovementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DemoImprovements_A3ChartEqualsTheSeriesRecomputedFromTheExport_AndEachChartShowsItsStory(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");
        var list = (await manager.GetFromJsonAsync<List<ImprovementSummaryDto>>("/api/improvements", Ct))!;
        var a3 = await ImprovementGiven.GetAsync(manager, list.Single(i => i.Title.Contains("kuntouttavaan", StringComparison.Ordinal)).Id);
        var queue = a3.Measures.Single(m => m.Role == "Outcome");
        var chart = (await manager.GetFromJsonAsync<ChartDto>($"/api/improvements/{a3.Id}/chart?measure={queue.Id}", Ct))!;
        var services = (await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct))!;
        var rehab = services.Single(s => s.Name == "Kuntouttava työtoiminta");
        var today = LocalDay(DateTime.UtcNow);
        var export = await manager.GetAsync(
            $"/api/exports/eventlog?format=csv&serviceId={rehab.Id}&from={a3.MeasuredFrom:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct);
        export.EnsureSuccessStatusCode();
        await using var body = await export.Content.ReadAsStreamAsync(Ct);
        var log = EventLogFiles.Read(body, "export", EventLogFormat.Csv);

        var expected = WeeklyMedianQueueDays(log, rehab.Stages.Where(s => s.Kind == "Working").Select(s => s.Name).ToHashSet(),
            a3.MeasuredFrom, today, a3.ChangeDates.Single());

        Assert.Equal(("run", "weeklyMedian", "frozen"), (chart.Chart, chart.Measure.Aggregation, chart.View));
        Assert.Equal(expected.Select(p => (p.Week, p.N, p.Phase)), chart.Points.Select(p => (p.X, p.N ?? 0, p.Phase)));
        Assert.All(expected.Zip(chart.Points), x => Assert.Equal(x.First.Median, x.Second.Y, 9));
        Assert.True(chart.Baseline.Points >= 12 && !chart.Baseline.Trial, $"baseline of {chart.Baseline.Points} weeks");
        Assert.Equal(("Adopted", true, "improvement"), (a3.Status, chart.Phases[1].RunsSignal, chart.Phases[1].Direction));
        Assert.Contains("lähtötason mediaanin alapuolella", chart.Summary, StringComparison.Ordinal);

        // The pair work lowered the work per case; the changed hours showed nothing and were abandoned; one is due for study now.
        var pair = await PrimaryChartAsync(manager, list.Single(i => i.Title.Contains("Perhesosiaalityön", StringComparison.Ordinal)).Id);
        var hours = await PrimaryChartAsync(manager, list.Single(i => i.Title.Contains("Aikuissosiaalityön", StringComparison.Ordinal)).Id);
        Assert.Equal(("Adopted", "improvement"), (pair.Improvement.Status, pair.Chart.Phases[1].Direction));
        Assert.Equal(("Abandoned", false, null), (hours.Improvement.Status, hours.Chart.Phases[1].RunsSignal, hours.Chart.Phases[1].Direction));
        Assert.Single(list, i => i.Status == "Running" && i.DueForStudy);
    }

    private static async Task<(ImprovementDto Improvement, ChartDto Chart)> PrimaryChartAsync(HttpClient client, Guid id) =>
        (await ImprovementGiven.GetAsync(client, id), (await client.GetFromJsonAsync<ChartDto>($"/api/improvements/{id}/chart", Ct))!);

    /// <summary>
    /// METRICS.md §11 by hand: a case's queue time counts at its first entry into a working stage (elapsed days since its
    /// first event, the arrival); weeks are Monday to Monday in Helsinki, whole ones from the start to now; y the usual
    /// median (mean of the middle two), n the count; a week with a Monday on or after the change date is phase 1.
    /// </summary>
    private static List<(string Week, double Median, int N, int Phase)> WeeklyMedianQueueDays(
        Sujuva.Analytics.EventLogs.EventLog log, HashSet<string> working, DateOnly from, DateOnly today, DateOnly change)
    {
        var byWeek = new SortedDictionary<DateOnly, List<double>>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            var arrival = log.Timestamp[log.CaseStart(c)];
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                if (!working.Contains(log.Activities[log.Activity[e]])) continue;
                var first = new DateTime(log.Timestamp[e], DateTimeKind.Utc);
                var monday = Monday(LocalDay(first));
                if (first >= StartOfDayUtc(from) && monday >= FirstMonday(from) && monday.AddDays(7) <= today)
                {
                    if (!byWeek.TryGetValue(monday, out var values)) byWeek[monday] = values = [];
                    values.Add((log.Timestamp[e] - arrival) / (double)TimeSpan.TicksPerSecond / 86_400);
                }

                break;
            }
        }

        return [.. byWeek.Select(w =>
        {
            var v = w.Value.Order().ToArray();
            var median = v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
            var label = string.Create(CultureInfo.InvariantCulture,
                $"{ISOWeek.GetYear(w.Key.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(w.Key.ToDateTime(TimeOnly.MinValue)):00}");
            return (label, median, v.Length, w.Key >= change ? 1 : 0);
        })];
    }

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Helsinki));

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Helsinki);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly FirstMonday(DateOnly from) => Monday(from) == from ? from : Monday(from).AddDays(7);
}
