using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// What a case change's decision may ask of the database besides the case itself. ChangeCase owns it:
/// a serialized write begun here is committed by ChangeCase after the save, or rolled back when the
/// decision refuses, the save conflicts or anything throws.
/// </summary>
public sealed class CaseChange(SujuvaDb db, CancellationToken ct)
{
    /// <summary>Null until a decision needs a count that must hold until the save.</summary>
    internal DbWrite? Write { get; private set; }

    /// <summary>
    /// Open cases in the stage, counted inside a serialized write that the save then commits, so two moves
    /// cannot both take a stage's last place under its WIP limit.
    /// </summary>
    public async Task<int> CountOpenSerializedAsync(StageId stage)
    {
        Write ??= await db.BeginSerializedWriteAsync(ct);
        return await db.Cases.CountAsync(c => c.StageId == stage && c.ClosedAt == null, ct);
    }
}
