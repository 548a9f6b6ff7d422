using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// Reason is the code (required); Note, optional free text, is kept beside the case under need-to-know.
/// StageId is where the reopened case restarts; the board's first stage if omitted.
/// </summary>
public sealed record ReopenCaseRequest(int Version, ReopenReason? Reason = null,
    [Text(TextLimits.Reason, Multiline = true)] string? Note = null, Guid? StageId = null);

public static class ReopenCase
{
    /// <summary>
    /// Reopening grants access again, so a case closed longer than the grace period ago (with no other
    /// reason for the team to hold the client's data) stays closed: 422, a new referral or case is needed.
    /// </summary>
    public static async Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, ReopenCaseRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        TimeProvider clock, CancellationToken ct)
    {
        // A missing reason is a bad request whatever the case's state: said before the case is looked up.
        if (request.Reason is not { } reason || !Enum.IsDefined(reason))
            return Refusal.Invalid("reason", "Cases.ReopenReasonMissing", "Choose why the case is reopened.");
        return await ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async (c, _) =>
            !c.IsOpen && !await access.MayTakeOnAsync(db, c.Service.TeamId, c.ClientId, ct)
                ? Refusal.Rule("caseId", "Cases.GraceOver",
                    "The case closed longer ago than the grace period; a new referral or registration is needed.")
                : c.Reopen(reason, request.Note, request.StageId is { } s ? new StageId(s) : null, user.Id,
                    clock.GetUtcNow().UtcDateTime));
    }
}
