using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>PairId null clears the pair.</summary>
public sealed record PairCaseRequest(Guid? PairId, int Version);

public static class PairCase
{
    /// <summary>Whoever may change the case (CaseWork) may give it a pair, but only a member of the team working its service.</summary>
    public static Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, PairCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async (@case, _) =>
        {
            UserId? pair = request.PairId is { } p ? new UserId(p) : null;
            if (pair is { } id && !await db.IsMemberAsync(id, @case.Service.TeamId, ct))
                return Refusal.Rule("pairId", "Cases.PairNotInTeam", "The pair is not a member of the team working this service.");
            return @case.PairWith(pair, user.Id, clock.GetUtcNow().UtcDateTime);
        });
}
