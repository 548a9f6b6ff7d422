using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// Load, decide, save for every change of a case: not visible = 404, stale version = 409 (also when
/// a concurrent change wins at save time), refused = 400/422; visible but not
/// worked by the user's team (CaseWork) = 403.
/// </summary>
public static class ChangeCase
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> ApplyAsync(
        Guid caseId, int version, SujuvaDb db, CurrentUser user, CancellationToken ct,
        Func<Case, Task<Refusal?>> decide)
    {
        var id = new CaseId(caseId);
        var @case = await db.CasesVisibleTo(user).Include(c => c.Service)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Problems.NotFound("caseId");
        if (CaseWork.Refuse(user, @case.Service.TeamId, "caseId") is { } forbidden) return forbidden;
        if (@case.Version != version) return Problems.EditConflict();

        var refusal = await decide(@case);
        if (refusal is not null) return Problems.From(refusal);

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : TypedResults.Ok(CaseView.From(@case));
    }
}
