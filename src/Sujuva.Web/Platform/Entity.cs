using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Platform;

/// <summary>An entity whose changes append events; SujuvaDb saves them in the same transaction.</summary>
public abstract class Entity
{
    private readonly List<Event> _pending = [];

    protected void Record(Event e) => _pending.Add(e);

    internal bool HasPendingEvents => _pending.Count > 0;

    internal IReadOnlyList<Event> TakeEvents()
    {
        if (_pending.Count == 0) return [];
        var taken = _pending.ToArray();
        _pending.Clear();
        return taken;
    }
}
