using System.Collections.Concurrent;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// A nudge from a save that committed events to the live feed of the same database, so the feed polls at once
/// instead of at its next tick. One per database (keyed by connection string, as SQLite's write gates are): every app
/// of the process on that database is nudged. Pulses while one is pending coalesce, and one that comes during a poll
/// stays pending for the next wait, so none is lost and a burst of saves costs one extra poll, not one each.
/// </summary>
public sealed class EventLogSignal
{
    private static readonly ConcurrentDictionary<string, EventLogSignal> Signals = new();

    private readonly SemaphoreSlim _pending = new(0, 1);

    public static EventLogSignal For(string? connectionString) => Signals.GetOrAdd(connectionString ?? "", _ => new EventLogSignal());

    public void Pulse()
    {
        if (_pending.CurrentCount > 0) return;
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another save pulsed between the check and the release: one pending pulse covers both.
        }
    }

    /// <summary>True when pulsed within the timeout; takes the pending pulse.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);
}
