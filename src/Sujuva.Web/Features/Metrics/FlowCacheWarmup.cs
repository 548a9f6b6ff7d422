using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Reads the event log into the flow cache once at start, so the first dashboard opened does not wait
/// for the whole log; later reads only apply what was appended.
/// </summary>
public sealed class FlowCacheWarmup(IServiceScopeFactory scopes, FlowCache cache, ILogger<FlowCacheWarmup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var scope = scopes.CreateAsyncScope();
            var flow = await cache.CurrentAsync(scope.ServiceProvider.GetRequiredService<SujuvaDb>(), stoppingToken);
            log.LogInformation("Flow cache warmed: {Cases} cases, {Handoffs} handoffs in {Seconds:F1} s.",
                flow.Cases.Count, flow.Handoffs.Count, clock.Elapsed.TotalSeconds);
            PromoteYoungState();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal: the first dashboard read fills the cache instead.
            log.LogWarning(e, "Warming the flow cache failed; the first dashboard will read the log.");
        }
    }

    /// <summary>
    /// The start's long-lived state (this cache, EF's models and compiled queries) is still young; the first ordinary
    /// collections would copy it to the old generation inside some request (bench/flow-scale on 2,000 clients: a
    /// 130-150 ms pause in one of the first enrolments). Two collections of the young generations move it there now.
    /// Not a full collection: its cost grows with the whole heap, theirs only with what is young.
    /// </summary>
    private static void PromoteYoungState()
    {
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }
}
