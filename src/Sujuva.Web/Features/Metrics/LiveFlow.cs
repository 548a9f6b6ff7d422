using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>A case's flow timeline with the service it belongs to, so a dashboard can scope it.</summary>
public sealed record LiveCase(ServiceId ServiceId, CaseTimeline Timeline);

/// <summary>A referral as a handoff, with the sending and receiving services for scoping.</summary>
public sealed record LiveHandoff(ServiceId FromServiceId, ServiceId ToServiceId, Handoff Handoff)
{
    /// <summary>The referred client's pseudonym, for drilling into a network edge (never a name).</summary>
    public string? ClientPseudonym { get; init; }

    /// <summary>The case the acceptance opened in the receiving service; null until accepted, and for a decline.</summary>
    public Guid? ReceivingCaseId { get; init; }
}

/// <summary>The engine's inputs read from the live event log: one timeline per case, one handoff per referral.</summary>
public sealed record LiveFlow(IReadOnlyList<LiveCase> Cases, IReadOnlyList<LiveHandoff> Handoffs)
{
    private ServiceIndex? _index;

    /// <summary>
    /// The cases of some services, in the order of <see cref="Cases"/> (sums and listings then come out
    /// exactly as a filter of every case gives them), without scanning the other services' cases.
    /// </summary>
    public IEnumerable<LiveCase> CasesOf(IReadOnlySet<ServiceId> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Count == 1) return CasesOf(services.First());
        var all = services.SelectMany(Index.Of).ToArray();
        Array.Sort(all);
        return all.Select(i => Cases[i]);
    }

    /// <summary>The cases of one service, in the order of <see cref="Cases"/>.</summary>
    public IEnumerable<LiveCase> CasesOf(ServiceId service) => Index.Of(service).Select(i => Cases[i]);

    private ServiceIndex Index => _index ??= new ServiceIndex(Cases);

    /// <summary>Positions in the case list per service; built once per snapshot, on the first scoped read.</summary>
    private sealed class ServiceIndex(IReadOnlyList<LiveCase> cases)
    {
        private readonly Dictionary<ServiceId, int[]> _positions = Enumerable.Range(0, cases.Count)
            .GroupBy(i => cases[i].ServiceId).ToDictionary(g => g.Key, g => g.ToArray());

        public int[] Of(ServiceId service) => _positions.GetValueOrDefault(service, []);
    }
}

/// <summary>What the mapping needs to know of a board stage: its name and whether it is worked or waited in.</summary>
public readonly record struct StageInfo(string Name, StageKind Kind);
