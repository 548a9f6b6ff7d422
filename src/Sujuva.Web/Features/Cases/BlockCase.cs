using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Cases;

/// <summary>Reason is the code (required); Note, optional free text, is kept beside the case under need-to-know.</summary>
public sealed record BlockCaseRequest(BlockReason? Reason, int Version, [Text(TextLimits.ShortReason, Multiline = true)] string? Note = null);

public sealed record UnblockCaseRequest(int Version);

public static class BlockCase
{
    public static Task<Outcome<CaseView>> BlockAsync(
        Guid caseId, BlockCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct,
            (c, _) => Task.FromResult(c.Block(request.Reason, request.Note, user.Id, clock.GetUtcNow().UtcDateTime)));

    public static Task<Outcome<CaseView>> UnblockAsync(
        Guid caseId, UnblockCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct,
            (c, _) => Task.FromResult(c.Unblock(user.Id, clock.GetUtcNow().UtcDateTime)));
}
