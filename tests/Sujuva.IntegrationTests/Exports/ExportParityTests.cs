using System.Net.Http.Json;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Readers;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.IntegrationTests.Metrics;

namespace Sujuva.IntegrationTests.Exports;

/// <summary>
/// The acceptance test: analysing an exported log with Sujuva.Analytics (what `sujuva analyze` runs)
/// gives the dashboard's figures for the same period, for one service and for the whole demo network.
/// </summary>
public sealed class ExportParityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_DemoNetworkLastQuarter_AnalysisEqualsDashboardFigures(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");
        var services = (await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct))!;
        var map = StageMapOf(services);
        // A period that has ended, so both sides measure as of the same instant (the end of its last day).
        var to = DayCount.LocalDate(DateTime.UtcNow).AddDays(-1);
        var period = $"from={to.AddDays(-89):yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var busiest = services.OrderByDescending(s => s.Stages.Count).First();

        foreach (var (scope, format) in new[] { ($"&serviceId={busiest.Id}", "xes"), ("", "csv"), ("", "ocel") })
        {
            var dashboard = (await manager.GetFromJsonAsync<FlowMetricsDto>($"/api/metrics/flow?{period}{scope}", Ct))!;
            var response = await manager.GetAsync($"/api/exports/eventlog?format={format}&{period}{scope}", Ct);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(Ct);
            var log = EventLogFiles.Read(body, "export", format switch
            {
                "xes" => EventLogFormat.Xes,
                "csv" => EventLogFormat.Csv,
                _ => EventLogFormat.OcelJson,
            });
            var analysed = FlowSummary.Of(TimelineMapper.FromEventLog(log, map(log)), dashboard.AsOf);

            Assert.True(dashboard.Closed > 10, $"{format}: only {dashboard.Closed} closed cases");
            Assert.Equal((dashboard.Closed, dashboard.Open), (analysed.Closed, analysed.Open));
            Assert.Equal(dashboard.LeadTime, Dto(analysed.LeadTime));
            Assert.Equal(dashboard.QueueTime, Dto(analysed.QueueTime));
            Assert.Equal(dashboard.CycleTime, Dto(analysed.CycleTime));
            Assert.Equal(dashboard.Efficiency.TimeWeightedByStages, analysed.Efficiency.TimeWeightedByStages, 6);
            Assert.Equal(dashboard.Efficiency.MeanOfCasesByStages, analysed.Efficiency.MeanOfCasesByStages, 6);
            Assert.Equal(dashboard.BlockedDaysByReason.Values.Sum(), analysed.BlockedDaysByReason.Values.Sum(), 4);
            Assert.Equal(dashboard.Closed + dashboard.Open, log.CaseCount);
        }
    }

    private static PercentilesDto? Dto(FlowPercentiles? p) => p is null ? null : new(p.Count, p.P50, p.P70, p.P85, p.P95);

    /// <summary>Stage names enter stages, "Blocked: …" blocks, "Unblocked" unblocks, "Closed" closes (the export's vocabulary).</summary>
    private static Func<Sujuva.Analytics.EventLogs.EventLog, StageMap> StageMapOf(List<ServiceDto> services) => log =>
    {
        var map = new StageMap().Unblocks("Unblocked").Closes("Closed");
        foreach (var stage in services.SelectMany(s => s.Stages))
            map.Stage(stage.Name, stage.Kind == "Working" ? StageKind.Working : StageKind.Waiting);
        foreach (var activity in log.Activities.Names.Where(a => a.StartsWith("Blocked: ", StringComparison.Ordinal)))
            map.Blocks(activity);
        return map;
    };
}
