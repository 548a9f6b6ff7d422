using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>A case's flow timeline with the service it belongs to, so a dashboard can scope it.</summary>
public sealed record LiveCase(ServiceId ServiceId, CaseTimeline Timeline);

/// <summary>A referral as a handoff, with the sending and receiving services for scoping.</summary>
public sealed record LiveHandoff(ServiceId FromServiceId, ServiceId ToServiceId, Handoff Handoff)
{
    /// <summary>The referred client's pseudonym, for drilling into a network edge (never a name).</summary>
    public string? ClientPseudonym { get; init; }
}

/// <summary>The engine's inputs read from the live event log: one timeline per case, one handoff per referral.</summary>
public sealed record LiveFlow(IReadOnlyList<LiveCase> Cases, IReadOnlyList<LiveHandoff> Handoffs);

/// <summary>What the mapping needs to know of a board stage: its name and whether it is worked or waited in.</summary>
public readonly record struct StageInfo(string Name, StageKind Kind);
