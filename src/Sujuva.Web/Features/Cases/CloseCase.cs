using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

public sealed record CloseCaseRequest(Outcome Outcome, int Version);

/// <summary>StageId is where the reopened case restarts; the board's first stage if omitted.</summary>
public sealed record ReopenCaseRequest(int Version, Guid? StageId = null);

public static class CloseCase
{
    public static Task<Outcome<CaseView>> CloseAsync(
        Guid caseId, CloseCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct,
            (c, _) => Task.FromResult(c.Close(request.Outcome, user.Id, clock.GetUtcNow().UtcDateTime)
                .ThenIssueFeedbackLink(db, c))); // Feedback (issue 7): the client's link for this service event

    /// <summary>
    /// Reopening grants access again, so a case closed longer than the grace period ago (with no other
    /// reason for the team to hold the client's data) stays closed: 422, a new referral or case is needed.
    /// </summary>
    public static Task<Outcome<CaseView>> ReopenAsync(
        Guid caseId, ReopenCaseRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async (c, _) =>
            !c.IsOpen && !await access.MayTakeOnAsync(db, c.Service.TeamId, c.ClientId, ct)
                ? Refusal.Rule("caseId", "Cases.GraceOver",
                    "The case closed longer ago than the grace period; a new referral or registration is needed.")
                : c.Reopen(request.StageId is { } s ? new StageId(s) : null, user.Id, clock.GetUtcNow().UtcDateTime));
}
