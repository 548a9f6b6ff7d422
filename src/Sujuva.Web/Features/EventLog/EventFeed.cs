using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// Tells open pages which services and which design sprints changed, so boards and sprint walls update live
/// without reloading. It polls the event log's sequence rather than hooking SaveChanges, so changes made through
/// the API, by the seeder or by another app instance on the same PostgreSQL all reach every page; a save of this
/// process that commits events nudges it to poll at once (<see cref="EventLogSignal"/>), so a note reaches the
/// others well within a second, and the timer still catches what other instances write.
/// </summary>
public sealed class EventFeed(IServiceScopeFactory scopes, ILogger<EventFeed> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(750);

    /// <summary>The least time between two polls, so a stream of saves batches into a few polls a second.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(40);
    private long _seen = -1;
    private EventLogSignal? _signal;

    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];
    private readonly List<SprintSubscription> _sprintSubscriptions = [];

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

    /// <summary>
    /// Calls <paramref name="onChanged"/> when events of the sprint (its notes, votes, run) arrive, until the returned
    /// subscription is disposed; from this feed's thread, in the culture the subscriber had when it subscribed.
    /// </summary>
    public IDisposable SubscribeSprint(Guid sprintId, Action onChanged)
    {
        var subscription = new SprintSubscription(this, sprintId, onChanged, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        lock (_lock) _sprintSubscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>Tells each subscriber of a changed sprint, in its own culture.</summary>
    internal void PublishSprints(IReadOnlySet<Guid> sprints)
    {
        SprintSubscription[] subscribers;
        lock (_lock) subscribers = [.. _sprintSubscriptions.Where(s => sprints.Contains(s.SprintId))];
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var subscriber in subscribers)
            {
                CultureInfo.CurrentCulture = subscriber.Culture;
                CultureInfo.CurrentUICulture = subscriber.UiCulture;
                subscriber.OnChanged();
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

    private sealed record SprintSubscription(EventFeed Feed, Guid SprintId, Action OnChanged, CultureInfo Culture, CultureInfo UiCulture)
        : IDisposable
    {
        public void Dispose()
        {
            lock (Feed._lock) Feed._sprintSubscriptions.Remove(this);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
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
            // Until the next tick or a nudge, whichever comes first; a nudge during the poll is still pending here.
            if (_signal is null) await Task.Delay(Interval, stoppingToken);
            else if (await _signal.WaitAsync(Interval, stoppingToken)) await Task.Delay(Gap, stoppingToken);
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        _signal ??= EventLogSignal.For(db.Database.GetConnectionString());
        if (_seen < 0)
        {
            _seen = await db.Events.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            return;
        }
        // Bounded: after a bulk import the feed catches up over a few polls.
        // The payload only of sprint events, the one place their sprint's id is.
        var recent = await db.Events.AsNoTracking().Where(e => e.Id > _seen).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ServiceId, Payload = e.Type == EventTypes.SprintChanged || e.Type == EventTypes.SprintCreated ? e.Payload : null })
            .Take(5000).ToListAsync(ct);
        if (recent.Count == 0) return;
        _seen = recent[^1].Id;
        var services = recent.Where(e => e.ServiceId is not null).Select(e => e.ServiceId!.Value).ToHashSet();
        if (services.Count > 0) Publish(services);
        var sprints = recent.Where(e => e.Payload is not null).Select(e => SprintOf(e.Payload!)).OfType<Guid>().ToHashSet();
        if (sprints.Count > 0) PublishSprints(sprints);
    }

    /// <summary>The sprintId of a SprintChanged or SprintCreated payload.</summary>
    internal static Guid? SprintOf(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty("sprintId", out var id) && id.TryGetGuid(out var sprint) ? sprint : null;
    }
}
