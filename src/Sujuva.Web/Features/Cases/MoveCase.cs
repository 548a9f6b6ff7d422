using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Cases;

/// <summary>OverrideReason moves into a stage at its WIP limit anyway; the reason is kept as a case note (need-to-know), the event says only that the limit was passed.</summary>
public sealed record MoveCaseRequest(Guid StageId, int Version, [Text(TextLimits.ShortReason, Multiline = true)] string? OverrideReason = null);

public static class MoveCase
{
    /// <summary>A stage with a WIP limit is counted in a serialized write (CaseChange), so the limit holds under concurrent moves.</summary>
    public static Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, MoveCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var target = new StageId(request.StageId);
        return ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async (@case, change) =>
        {
            var at = clock.GetUtcNow().UtcDateTime;
            var open = @case.Service.StageOf(target)?.WipLimit is null ? 0 : await change.CountOpenSerializedAsync(target);
            return @case.MoveTo(target, open, request.OverrideReason, user.Id, at);
        });
    }
}
