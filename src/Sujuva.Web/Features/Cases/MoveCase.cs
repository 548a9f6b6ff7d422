using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Cases;

/// <summary>OverrideReason moves into a stage at its WIP limit anyway; the reason is kept as a case note (need-to-know), the event says only that the limit was passed.</summary>
public sealed record MoveCaseRequest(Guid StageId, int Version, [Text(TextLimits.ShortReason, Multiline = true)] string? OverrideReason = null);

public static class MoveCase
{
    public static async Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, MoveCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var target = new StageId(request.StageId);
        SerializedWrite? write = null;
        try
        {
            var result = await ChangeCase.ApplyAsync(caseId, request.Version, db, user, ct, async @case =>
            {
                var at = clock.GetUtcNow().UtcDateTime;
                if (@case.Service.StageOf(target)?.WipLimit is null)
                    return @case.MoveTo(target, 0, request.OverrideReason, user.Id, at);
                // Counted and saved in one serialized write, so two moves cannot both take the last place.
                write = await db.BeginSerializedWriteAsync(ct);
                var open = await db.Cases.CountAsync(c => c.StageId == target && c.ClosedAt == null, ct);
                return @case.MoveTo(target, open, request.OverrideReason, user.Id, at);
            });
            if (write is not null && result.Refusal is null) await write.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (write is not null) await write.DisposeAsync();
        }
    }
}
