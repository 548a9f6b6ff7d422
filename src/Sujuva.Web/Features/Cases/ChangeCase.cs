using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>
/// Load, decide, save for every change of a case: not visible = 404, stale version = 409 (also when
/// a concurrent change wins at save time), refused = 400/422; visible but not
/// worked by the user's team (CaseWork) = 403. The write path is here and only here: when the decision
/// counted under a serialized write (<see cref="CaseChange"/>), the save runs inside it and is committed
/// here; otherwise the save is the provider's own (one trip for a single case, decision 0008).
/// </summary>
public static class ChangeCase
{
    // Compiled once per model (a compiled query is bound to the provider's model): every move, block
    // and close starts here (bench/api-load).
    private static readonly ConcurrentDictionary<IModel, Func<SujuvaDb, CaseId, CancellationToken, Task<Case?>>> CaseWithService = new();

    private static Task<Case?> FindAsync(SujuvaDb db, CaseId id, CancellationToken ct) =>
        CaseWithService.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((SujuvaDb d, CaseId i, CancellationToken c) =>
            d.Cases.Include(x => x.Service).SingleOrDefault(x => x.Id == i)))(db, id, ct);

    public static async Task<Outcome<CaseView>> ApplyAsync(
        Guid caseId, int version, SujuvaDb db, CurrentUser user, CancellationToken ct,
        Func<Case, CaseChange, Task<Refusal?>> decide)
    {
        var id = new CaseId(caseId);
        // Working for the owning team implies seeing the case, so the common path is a lookup by key;
        // the visibility query (referral joins over the user's teams) only decides between 403 and 404.
        var @case = await FindAsync(db, id, ct);
        if (@case is null || !user.WorksFor(@case.Service.TeamId))
        {
            if (@case is null || !await db.CasesVisibleTo(user).AnyAsync(c => c.Id == id, ct)) return Refusal.NotFound("caseId");
            return CaseWork.Forbidden("caseId");
        }
        if (@case.Version != version) return Refusal.EditConflict();

        var change = new CaseChange(db, ct);
        try
        {
            var refusal = await decide(@case, change);
            if (refusal is not null) return refusal;
            if (await db.TrySaveAsync(ct) is { } conflict) return conflict;
            if (change.Write is { } write) await write.CommitAsync(ct);
            return CaseView.From(@case);
        }
        finally
        {
            // Uncommitted (a refusal, a conflict, an exception), the write rolls back and releases the gate.
            if (change.Write is { } write) await write.DisposeAsync();
        }
    }
}
