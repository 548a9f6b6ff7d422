using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

public sealed record CloseCaseRequest(Outcome Outcome, int Version);

/// <summary>StageId is where the reopened case restarts; the board's first stage if omitted.</summary>
public sealed record ReopenCaseRequest(int Version, Guid? StageId = null);

public static class CloseCase
{
    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> CloseAsync(
        Guid caseId, CloseCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct,
            c => Task.FromResult(c.Close(request.Outcome, user.Id, clock.GetUtcNow().UtcDateTime)
                .ThenIssueFeedbackLink(db, c))); // Feedback (issue 7): the client's link for this service event

    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> ReopenAsync(
        Guid caseId, ReopenCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, c => Task.FromResult(c.Reopen(
            request.StageId is { } s ? new StageId(s) : null, user.Id, clock.GetUtcNow().UtcDateTime)));
}
