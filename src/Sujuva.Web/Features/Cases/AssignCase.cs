using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>WorkerId null unassigns the case.</summary>
public sealed record AssignCaseRequest(Guid? WorkerId, int Version);

public static class AssignCase
{
    /// <summary>Whoever may change the case (CaseWork) may assign it, but only to a member of the team working its service.</summary>
    public static Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, AssignCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async (@case, _) =>
        {
            UserId? worker = request.WorkerId is { } w ? new UserId(w) : null;
            if (worker is { } id && !await db.IsMemberAsync(id, @case.Service.TeamId, ct))
                return Refusal.Rule("workerId", "Cases.AssigneeNotInTeam", "The worker is not a member of the team working this service.");
            return @case.AssignTo(worker, user.Id, clock.GetUtcNow().UtcDateTime);
        });
}
