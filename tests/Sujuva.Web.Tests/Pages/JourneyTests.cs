using Sujuva.Web.Components.Pages.Cases;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.Pages;

public sealed class JourneyTests
{
    private static readonly Guid Coaching = Guid.NewGuid(), Workshop = Guid.NewGuid();
    private static readonly Guid Queue = Guid.NewGuid(), Work = Guid.NewGuid();
    private static readonly Guid FirstCase = Guid.NewGuid(), SecondCase = Guid.NewGuid(), Referral = Guid.NewGuid();
    private static readonly DateTime Day1 = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<Guid, string> Services = new() { [Coaching] = "Coaching", [Workshop] = "Workshop" };
    private static readonly Dictionary<Guid, string> Stages = new() { [Queue] = "Queue", [Work] = "Work" };

    [Fact]
    public void Build_ReferralAcrossServices_ShowsStagesDetailsAndTheHandoffWait()
    {
        var events = new[]
        {
            Row(1, EventTypes.CaseOpened, Day1, FirstCase, Coaching, Queue, "{}"),
            Row(2, EventTypes.CaseMoved, Day1.AddDays(1), FirstCase, Coaching, Work, """{"wipOverrideReason":"urgent"}"""),
            Row(3, EventTypes.WorkLogged, Day1.AddDays(1), FirstCase, Coaching, Work, """{"minutes":45}"""),
            Row(4, EventTypes.ReferralSent, Day1.AddDays(2), FirstCase, Coaching, Work,
                $$"""{"referralId":"{{Referral}}","toServiceId":"{{Workshop}}","reason":"needs work practice"}"""),
            Row(6, EventTypes.CaseOpened, Day1.AddDays(5), SecondCase, Workshop, Queue, "{}"),
            Row(5, EventTypes.ReferralAccepted, Day1.AddDays(5), FirstCase, Coaching, Work,
                $$"""{"referralId":"{{Referral}}","toServiceId":"{{Workshop}}"}"""),
        };

        var steps = Journey.Build(events, Services, Stages);

        // By time, ties by sequence: the acceptance (5) comes before the case it opened (6).
        Assert.Equal(
            [EventTypes.CaseOpened, EventTypes.CaseMoved, EventTypes.WorkLogged, EventTypes.ReferralSent,
             EventTypes.ReferralAccepted, EventTypes.CaseOpened],
            steps.Select(s => s.Type));
        // Stored free text (older payloads) is never shown: the override is a flag, the referral its target.
        Assert.Equal((null, "Journey.WipOverride"), (steps[1].Detail, steps[1].DetailKey));
        Assert.Equal("Work", steps[1].Stage);
        Assert.Equal("45", steps[2].Detail);
        Assert.Equal("Workshop", steps[3].Detail);
        Assert.Equal(TimeSpan.FromDays(3), steps[4].Wait);
        Assert.Equal("Workshop", steps[5].Service);
    }

    [Fact]
    public void Build_CoachingSessions_ShowTheNoShowTheLateCancellationAndTheServicesReason()
    {
        var session = Guid.NewGuid();
        var events = new[]
        {
            Row(1, EventTypes.SessionAttendanceMarked, Day1, FirstCase, Coaching, Work,
                $$"""{"sessionId":"{{session}}","number":2,"attendance":"NoShow","late":false}"""),
            Row(2, EventTypes.SessionAttendanceMarked, Day1.AddDays(7), FirstCase, Coaching, Work,
                $$"""{"sessionId":"{{session}}","number":3,"attendance":"CancelledByClient","late":true}"""),
            Row(3, EventTypes.SessionCancelled, Day1.AddDays(8), FirstCase, Coaching, Work,
                $$"""{"sessionId":"{{session}}","number":4,"reason":"CoachAbsent"}"""),
        };

        var steps = Journey.Build(events, Services, Stages);

        Assert.Equal([("#2", "Attendance.NoShow"), ("#3", "Attendance.CancelledLate"), ("#4", "SessionCancelReason.CoachAbsent")],
            steps.Select(s => (s.Detail, s.DetailKey)));
    }

    [Fact]
    public void Build_DeclineAndClose_KeepCodesForTheReadersLanguage()
    {
        var events = new[]
        {
            Row(1, EventTypes.ReferralSent, Day1, FirstCase, Coaching, Work,
                $$"""{"referralId":"{{Referral}}","toServiceId":"{{Workshop}}","reason":"needs work practice"}"""),
            Row(2, EventTypes.ReferralDeclined, Day1.AddDays(2), FirstCase, Coaching, Work,
                $$"""{"referralId":"{{Referral}}","toServiceId":"{{Workshop}}","reason":"Capacity","note":"full until May"}"""),
            Row(3, EventTypes.CaseClosed, Day1.AddDays(3), FirstCase, Coaching, null, """{"outcome":"GoalReached"}"""),
        };

        var steps = Journey.Build(events, Services, Stages);

        Assert.Equal("Workshop", steps[1].Detail);
        Assert.Equal("Referrals.Reason.Capacity", steps[1].DetailKey);
        Assert.Equal(TimeSpan.FromDays(2), steps[1].Wait);
        Assert.Null(steps[2].Detail);
        Assert.Equal("Outcome.GoalReached", steps[2].DetailKey);
    }

    [Fact]
    public void Build_BlockWithStoredFreeText_ShowsOtherNeverTheText()
    {
        var steps = Journey.Build(
        [
            Row(1, EventTypes.CaseBlocked, Day1, FirstCase, Coaching, Work, """{"reason":"Ville Virtanen in hospital"}"""),
            Row(2, EventTypes.CaseUnblocked, Day1.AddDays(1), FirstCase, Coaching, Work, """{"reason":"WaitingForClient"}"""),
        ], Services, Stages);

        Assert.Equal([BlockReason.Other, BlockReason.WaitingForClient], steps.Select(s => s.BlockReason));
        Assert.All(steps, s => Assert.Null(s.DetailKey));
        Assert.All(steps, s => Assert.Null(s.Detail));
    }

    [Fact]
    public void Build_EventWithoutCase_IsLeftOut()
    {
        var steps = Journey.Build([Row(1, EventTypes.ServiceCreated, Day1, null, Coaching, null, "{}")], Services, Stages);

        Assert.Empty(steps);
    }

    private static Journey.EventRow Row(long id, string type, DateTime at, Guid? caseId, Guid? service, Guid? stage, string payload) =>
        new(id, type, at, caseId, service, stage, payload);
}
