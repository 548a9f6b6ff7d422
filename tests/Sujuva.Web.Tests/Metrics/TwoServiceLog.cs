using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Tests.Metrics;

/// <summary>
/// A hand-built log of two services in two organisations, times in days after T0 (Monday 2 March 2026,
/// 10:00 in Helsinki). Case A (coaching): opened in Queue at 0, blocked for "WaitingForDocuments" 0.5–1.5,
/// moved to Work at 2, 120 minutes logged at 3, closed at 5. From A at 1: referral R1 to rehab, accepted
/// at 2 (opening case B in Waiting), B first worked at 5; referral R2 declined as Incomplete at 1.5.
/// </summary>
internal static class TwoServiceLog
{
    public static readonly DateTime T0 = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static readonly OrganisationId City = new(Guid.Parse("00000000-0000-0000-0000-00000000000c"));
    public static readonly OrganisationId County = new(Guid.Parse("00000000-0000-0000-0000-00000000000d"));
    public static readonly ServiceId Coaching = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
    public static readonly ServiceId Rehab = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"));
    public static readonly CaseId A = new(Guid.Parse("00000000-0000-0000-0000-00000000000a"));
    public static readonly CaseId B = new(Guid.Parse("00000000-0000-0000-0000-00000000000b"));
    public static readonly Guid R1 = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid R2 = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static readonly StageId Queue = new(Guid.Parse("00000000-0000-0000-0000-000000000011"));
    private static readonly StageId Work = new(Guid.Parse("00000000-0000-0000-0000-000000000012"));
    private static readonly StageId Waiting = new(Guid.Parse("00000000-0000-0000-0000-000000000021"));
    private static readonly StageId Assessment = new(Guid.Parse("00000000-0000-0000-0000-000000000022"));
    private static readonly UserId Actor = new(Guid.Parse("00000000-0000-0000-0000-0000000000ff"));

    public static IReadOnlyDictionary<StageId, StageInfo> Stages { get; } = new Dictionary<StageId, StageInfo>
    {
        [Queue] = new("Queue", StageKind.Waiting),
        [Work] = new("Work", StageKind.Working),
        [Waiting] = new("Waiting", StageKind.Waiting),
        [Assessment] = new("Assessment", StageKind.Working),
    };

    public static DateTime Day(double days) => T0.AddDays(days);

    public static IReadOnlyList<Event> Events() =>
    [
        OnA(new CaseOpened(), 0, Queue),
        OnA(new CaseBlocked(BlockReason.WaitingForDocuments), 0.5, Queue),
        OnA(new ReferralSent(R1, Rehab.Value, County.Value, ClientConsented: true), 1, Queue),
        OnA(new ReferralSent(R2, Rehab.Value, County.Value, ClientConsented: true), 1, Queue),
        OnA(new CaseUnblocked(BlockReason.WaitingForDocuments), 1.5, Queue),
        OnA(new ReferralDeclined(R2, Rehab.Value, DeclineReason.Incomplete), 1.5, Queue),
        OnA(new ReferralAccepted(R1, Rehab.Value, B.Value), 2, Queue),
        OnB(new CaseOpened(R1), 2, Waiting),
        OnA(new CaseMoved(Queue.Value), 2, Work),
        OnA(new WorkLogged(120), 3, Work),
        OnB(new CaseMoved(Waiting.Value), 5, Assessment),
        OnA(new CaseClosed(Outcome.Employed), 5, Work),
    ];

    /// <summary>The same log, with A reopened into Queue on day 6 and closed again on day 7.</summary>
    public static IReadOnlyList<Event> EventsWithReopen() =>
    [
        .. Events(),
        OnA(new CaseReopened(), 6, Queue),
        OnA(new CaseClosed(Outcome.Employed), 7, Queue),
    ];

    /// <summary>The same log, with A worked in a pair on days 2.5–4: who works a case, not a step of it.</summary>
    public static IReadOnlyList<Event> EventsWithPairWork() =>
    [
        .. Events().Where(e => e.At < Day(2.5)),
        OnA(new CasePaired(Guid.Parse("00000000-0000-0000-0000-0000000000e1")), 2.5, Work),
        .. Events().Where(e => e.At >= Day(2.5) && e.At < Day(4)),
        OnA(new CaseUnpaired(Guid.Parse("00000000-0000-0000-0000-0000000000e1")), 4, Work),
        .. Events().Where(e => e.At >= Day(4)),
    ];

    private static Event OnA(IEventPayload payload, double day, StageId stage) =>
        new(payload, Day(day), Actor, City, Coaching, A, "P-A", stage);

    private static Event OnB(IEventPayload payload, double day, StageId stage) =>
        new(payload, Day(day), Actor, County, Rehab, B, "P-A", stage);
}
