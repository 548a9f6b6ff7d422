using System.Globalization;
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

    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];

    /// <summary>
    /// Calls <paramref name="onChanged"/> with the services whose events arrived since the last poll, until
    /// the returned subscription is disposed. The call comes from this feed's thread, in the culture the
    /// subscriber had when it subscribed: a page redraws in its reader's language, not the thread's.
    /// </summary>
    public IDisposable Subscribe(Action<IReadOnlySet<ServiceId>> onChanged)
    {
        var subscription = new Subscription(this, onChanged, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        lock (_lock) _subscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>Tells every subscriber, each in its own culture.</summary>
    internal void Publish(IReadOnlySet<ServiceId> services)
    {
        Subscription[] subscribers;
        lock (_lock) subscribers = [.. _subscriptions];
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var subscriber in subscribers)
            {
                CultureInfo.CurrentCulture = subscriber.Culture;
                CultureInfo.CurrentUICulture = subscriber.UiCulture;
                subscriber.OnChanged(services);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private sealed record Subscription(EventFeed Feed, Action<IReadOnlySet<ServiceId>> OnChanged,
        CultureInfo Culture, CultureInfo UiCulture) : IDisposable
    {
        public void Dispose()
        {
            lock (Feed._lock) Feed._subscriptions.Remove(this);
        }
    }

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
        if (services.Count > 0) Publish(services);
    }
}
