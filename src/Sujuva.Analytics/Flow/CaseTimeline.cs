namespace Sujuva.Analytics.Flow;

public enum StageKind { Waiting, Working }

// Visits, blocks and work entries are values: 100,000 cases carry millions of them.

/// <summary>One stay in a stage; Out is null while the case is still there. Times are UTC.</summary>
public readonly record struct StageVisit(string Stage, StageKind Kind, DateTime In, DateTime? Out);

/// <summary>A blocked interval with its reason; To is null while still blocked.</summary>
public readonly record struct BlockInterval(string Reason, DateTime From, DateTime? To);

/// <summary>Logged effort (touch time); Stage is where the case was, when known.</summary>
public readonly record struct WorkEntry(DateTime At, int Minutes, string? Stage);

/// <summary>A close that a reopen undid: the case was closed from Closed until Reopened.</summary>
public readonly record struct UndoneClose(DateTime Closed, DateTime Reopened);

/// <summary>
/// A case as flow metrics see it (METRICS.md §2): arrival (created or referral accepted),
/// close (null while open), stage visits in time order, blocks and work logs. All times UTC.
/// UndoneCloses are earlier closes that a reopen undid, so that a past instant sees the case as it was then.
/// </summary>
public sealed record CaseTimeline(
    string CaseId,
    string? Organisation,
    DateTime Arrival,
    DateTime? Closed,
    IReadOnlyList<StageVisit> Visits,
    IReadOnlyList<BlockInterval> Blocks,
    IReadOnlyList<WorkEntry> Work)
{
    public IReadOnlyList<UndoneClose> UndoneCloses { get; init; } = [];

    /// <summary>The close in force at asOf: the last one when it was by then, else one a later reopen undid; null while open.</summary>
    public DateTime? ClosedAsOf(DateTime asOf)
    {
        if (Closed is { } last && last <= asOf) return last;
        foreach (var undone in UndoneCloses)
            if (undone.Closed <= asOf && asOf < undone.Reopened) return undone.Closed;
        return null;
    }
}

/// <summary>
/// A referral between organisations: sent, then accepted (DeclineReason null) or declined,
/// and the receiving case's first working-stage entry once it started. FromStage is the
/// sending case's stage when sent, used to count declined-as-incomplete as rework (§7).
/// </summary>
public sealed record Handoff(
    string FromOrganisation,
    string ToOrganisation,
    DateTime Sent,
    DateTime? Decided,
    string? DeclineReason,
    DateTime? FirstWorkingInReceivingCase)
{
    public string? FromStage { get; init; }

    public bool IsDeclined => Decided is not null && DeclineReason is not null;

    public bool IsPending => Decided is null;
}
