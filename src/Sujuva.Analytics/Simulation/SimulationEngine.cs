namespace Sujuva.Analytics.Simulation;

/// <summary>
/// The discrete-event core: a priority queue of events in time, ties in scheduling order, one
/// random generator consumed in event order, so a seed always gives the same operations.
/// </summary>
internal sealed partial class SimulationEngine
{
    private readonly SimulationOptions _options;
    private readonly SimRandom _random;
    private readonly WorkingHours _hours;
    private readonly ServicePlan[] _plans;
    private readonly Dictionary<string, int> _serviceIndex;
    private readonly string[][] _workersByService;
    private readonly string[] _leadByService;
    private readonly int[][] _occupancy;
    private readonly Queue<int>[][] _waiting;
    private readonly List<CaseState> _cases = [];
    private readonly List<ReferralState> _referrals = [];
    private readonly List<SimOperation> _operations;
    // Priority = whole seconds since the start in the high bits, scheduling order in the low 34 bits:
    // one long compares faster than a tuple, and ties stay in scheduling order.
    private const int SequenceBits = 34;

    /// <summary>The share of a working stage's time family social work needs once it works in pairs.</summary>
    private const double PairWorkDuration = 0.45;

    private readonly PriorityQueue<SimEvent, long> _events = new();
    private long _sequence;
    private DateTime _now;

    public SimulationEngine(SimulationOptions options, SimRandom random, ServicePlan[] plans, IReadOnlyList<SimWorker> workers)
    {
        _options = options;
        _random = random;
        _plans = plans;
        _hours = new WorkingHours(TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));
        _serviceIndex = plans.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        _workersByService = plans.Select(p => workers.Where(w => w.TeamKey == p.TeamKey && w.Role == SimRole.Worker)
            .Select(w => w.Key).ToArray()).ToArray();
        _leadByService = plans.Select(p => workers.First(w => w.TeamKey == p.TeamKey && w.Role == SimRole.TeamLead).Key).ToArray();
        _occupancy = plans.Select(p => new int[p.Stages.Length]).ToArray();
        _waiting = plans.Select(p => p.Stages.Select(_ => new Queue<int>()).ToArray()).ToArray();
        _operations = new List<SimOperation>(options.Clients * 60);
    }

    public List<SimOperation> Run(IReadOnlyList<DateTime> arrivals)
    {
        for (var client = 0; client < arrivals.Count; client++)
            Schedule(arrivals[client], new SimEvent(SimEventKind.Arrive, client, 0));
        for (var s = 0; s < _plans.Length; s++)
            if (_plans[s].Intake is not null) Schedule(_hours.At(_options.StartUtc, 9), new SimEvent(SimEventKind.Intake, s, 0));

        var start = _options.StartUtc.Ticks;
        var end = _options.EndUtc.Ticks;
        while (_events.TryDequeue(out var e, out var priority))
        {
            var ticks = start + (priority >> SequenceBits) * TimeSpan.TicksPerSecond;
            if (ticks >= end) break;
            _now = new DateTime(ticks, DateTimeKind.Utc);
            Handle(e);
        }

        return _operations;
    }

    private void Handle(SimEvent e)
    {
        switch (e.Kind)
        {
            case SimEventKind.Arrive: Arrive(e.Target); break;
            case SimEventKind.StageDone: StageDone(e.Target, e.Version); break;
            case SimEventKind.WorkTick: WorkTick(e.Target, e.Version); break;
            case SimEventKind.Block: Block(e.Target, e.Version); break;
            case SimEventKind.Unblock: Unblock(e.Target); break;
            case SimEventKind.Decide: Decide(e.Target); break;
            case SimEventKind.Resend: Resend(e.Target); break;
            case SimEventKind.Close: DelayedClose(e.Target, e.Version, (SimOutcome)e.Extra); break;
            case SimEventKind.Reopen: Reopen(e.Target); break;
            case SimEventKind.Intake: Intake(e.Target); break;
            default: throw new InvalidOperationException($"Unknown event {e.Kind}.");
        }
    }

    private void Schedule(DateTime at, SimEvent e)
    {
        // Truncated to the second: the current time is a whole second, so an event never lands before it,
        // and office-hour boundaries (whole minutes) are kept.
        var seconds = (at.Ticks - _options.StartUtc.Ticks) / TimeSpan.TicksPerSecond;
        _events.Enqueue(e, (seconds << SequenceBits) | _sequence++);
    }

    /// <summary>Schedules after a delay in days, moved into office hours.</summary>
    private void ScheduleIn(double days, SimEvent e) =>
        Schedule(_hours.Snap(_now.AddTicks((long)(days * TimeSpan.TicksPerDay)), _random), e);

    private void Emit(SimOperation operation) => _operations.Add(operation);

    private string WorkerOf(int service) => _random.Pick(_workersByService[service]);

    private T Weighted<T>((T Item, double Weight)[] items)
    {
        var roll = _random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0) return item;
        }

        return items[^1].Item;
    }
}
