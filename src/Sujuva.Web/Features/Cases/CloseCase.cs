using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

public sealed record CloseCaseRequest(Outcome Outcome, int Version);

public static class CloseCase
{
    public static Task<Outcome<CaseView>> CloseAsync(
        Guid caseId, CloseCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct,
            (c, _) => Task.FromResult(c.Close(request.Outcome, user.Id, clock.GetUtcNow().UtcDateTime)
                .ThenIssueFeedbackLink(db, c))); // Feedback (issue 7): the client's link for this service event
}
