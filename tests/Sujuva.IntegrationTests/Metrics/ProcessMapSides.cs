using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.Analytics.Flow;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.IntegrationTests.Metrics;

/// <summary>
/// The process map of a scope and period two ways: from the database's events through the export's log
/// (what the page did before), and from the flow cache's memory (what it does now), as JSON to compare.
/// </summary>
internal static class ProcessMapSides
{
    public static async Task<(string FromEvents, string FromCache)> BothAsync(SujuvaApp app, Guid? serviceId,
        DateOnly from, DateOnly to, int? variant, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var cache = scope.ServiceProvider.GetRequiredService<FlowCache>();
        var pseudonyms = scope.ServiceProvider.GetRequiredService<Pseudonyms>();
        IReadOnlySet<ServiceId>? services = serviceId is { } id ? new HashSet<ServiceId> { new(id) } : null;
        var (start, end) = (DayCount.StartOfDayUtc(from), DayCount.StartOfDayUtc(to.AddDays(1)));

        var flow = await cache.CurrentAsync(db, ct);
        var cases = FlowReport.CaseIdsIn(flow, services, start, end).ToHashSet();
        // The map's log leaves work logs out (ProcessMapLog), so the export side does too.
        var events = (await ExportEvents.ReadAsync(db, cases, services is null, end, ct)).Where(e => e.Type != EventTypes.WorkLogged).ToList();
        var names = await db.Services.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var exported = ExportedLog.Build(events, await FlowCache.StagesAsync(db, ct), names, pseudonyms);

        var cached = await cache.ReadAsync(db, (live, activities, stages) =>
            ProcessMapLog.Build(activities, FlowReport.CaseIdsIn(live, services, start, end),
                end, stages, pseudonyms), ct);
        Assert.Equal(exported.CaseIds, cached.CaseIds);
        return (JsonSerializer.Serialize(ProcessMapView.Of(exported, variant)), JsonSerializer.Serialize(ProcessMapView.Of(cached, variant)));
    }
}
