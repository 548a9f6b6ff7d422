using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>OverrideReason moves into a stage at its WIP limit anyway; the reason is recorded.</summary>
public sealed record MoveCaseRequest(Guid StageId, int Version, string? OverrideReason = null);

public static class MoveCase
{
    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> HandleAsync(
        Guid caseId, MoveCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async @case =>
        {
            var target = new StageId(request.StageId);
            var limited = @case.Service.StageOf(target)?.WipLimit is not null;
            var open = limited ? await db.Cases.CountAsync(c => c.StageId == target && c.ClosedAt == null, ct) : 0;
            return @case.MoveTo(target, open, request.OverrideReason, user.Id, clock.GetUtcNow().UtcDateTime);
        });
}
