using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;

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
        OnA(EventTypes.CaseOpened, 0, Queue, Payload.Empty),
        OnA(EventTypes.CaseBlocked, 0.5, Queue, Payload.Of(new { reason = "WaitingForDocuments" })),
        OnA(EventTypes.ReferralSent, 1, Queue, Payload.Of(new
        {
            referralId = R1, toServiceId = Rehab.Value, toOrganisationId = County.Value, reason = "Assessment", clientConsented = true,
        })),
        OnA(EventTypes.ReferralSent, 1, Queue, Payload.Of(new
        {
            referralId = R2, toServiceId = Rehab.Value, toOrganisationId = County.Value, reason = "Activity", clientConsented = true,
        })),
        OnA(EventTypes.CaseUnblocked, 1.5, Queue, Payload.Of(new { reason = "WaitingForDocuments" })),
        OnA(EventTypes.ReferralDeclined, 1.5, Queue, Payload.Of(new { referralId = R2, toServiceId = Rehab.Value, reason = "Incomplete" })),
        OnA(EventTypes.ReferralAccepted, 2, Queue, Payload.Of(new { referralId = R1, toServiceId = Rehab.Value, newCaseId = B.Value })),
        OnB(EventTypes.CaseOpened, 2, Waiting, Payload.Of(new { referralId = R1 })),
        OnA(EventTypes.CaseMoved, 2, Work, Payload.Of(new { fromStageId = Queue.Value })),
        OnA(EventTypes.WorkLogged, 3, Work, Payload.Of(new { minutes = 120 })),
        OnB(EventTypes.CaseMoved, 5, Assessment, Payload.Of(new { fromStageId = Waiting.Value })),
        OnA(EventTypes.CaseClosed, 5, Work, Payload.Of(new { outcome = "Employed" })),
    ];

    /// <summary>The same log, with A reopened into Queue on day 6 and closed again on day 7.</summary>
    public static IReadOnlyList<Event> EventsWithReopen() =>
    [
        .. Events(),
        OnA(EventTypes.CaseReopened, 6, Queue, Payload.Empty),
        OnA(EventTypes.CaseClosed, 7, Queue, Payload.Of(new { outcome = "Employed" })),
    ];

    private static Event OnA(string type, double day, StageId stage, string payload) =>
        new(type, Day(day), Actor, City, Coaching, A, "P-A", stage, payload);

    private static Event OnB(string type, double day, StageId stage, string payload) =>
        new(type, Day(day), Actor, County, Rehab, B, "P-A", stage, payload);
}
