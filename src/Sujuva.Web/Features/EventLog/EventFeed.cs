using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// Tells open pages which services changed, so boards update live without reloading. It polls the
/// event log's sequence rather than hooking SaveChanges, so changes made through the API, by the
/// seeder or by another app instance on the same PostgreSQL all reach every page.
/// </summary>
public sealed class EventFeed(IServiceScopeFactory scopes, ILogger<EventFeed> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(750);
    private long _seen = -1;

    /// <summary>Raised with the services whose events arrived since the last poll.</summary>
    public event Action<IReadOnlySet<ServiceId>>? ServicesChanged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed poll (database restarting) must not end live updates for good.
                log.LogWarning(e, "Polling the event log for live updates failed; retrying.");
            }
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        if (_seen < 0)
        {
            _seen = await db.Events.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            return;
        }
        // Bounded: after a bulk import the feed catches up over a few polls.
        var recent = await db.Events.AsNoTracking().Where(e => e.Id > _seen).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ServiceId }).Take(5000).ToListAsync(ct);
        if (recent.Count == 0) return;
        _seen = recent[^1].Id;
        var services = recent.Where(e => e.ServiceId is not null).Select(e => e.ServiceId!.Value).ToHashSet();
        if (services.Count > 0) ServicesChanged?.Invoke(services);
    }
}
