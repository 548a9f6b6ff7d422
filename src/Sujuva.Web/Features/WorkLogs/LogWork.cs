using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.WorkLogs;

public sealed record LogWorkRequest(int Minutes);

public sealed record WorkLogView(Guid Id, Guid CaseId, Guid UserId, int Minutes, DateTime At);

/// <summary>Work logs are added, never edited, so they carry no version.</summary>
public static class LogWork
{
    public static async Task<Outcome<WorkLogView>> ApplyAsync(
        Guid caseId, LogWorkRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var id = new CaseId(caseId);
        var @case = await db.CasesVisibleTo(user).Include(c => c.Service)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (@case is null) return Refusal.NotFound("caseId");
        if (CaseWork.Refuse(user, @case.Service.TeamId, "caseId") is { } forbidden) return forbidden;
        var at = clock.GetUtcNow().UtcDateTime;
        if (@case.RecordWork(request.Minutes, user.Id, at) is { } refusal) return refusal;

        var log = new WorkLog(@case.Id, user.Id, request.Minutes, at);
        db.WorkLogs.Add(log);
        await db.SaveChangesAsync(ct);
        return View(log);
    }

    public static async Task<Outcome<List<WorkLogView>>> ListAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new CaseId(caseId);
        if (!await db.CasesVisibleTo(user).AnyAsync(c => c.Id == id, ct)) return Refusal.NotFound("caseId");
        var logs = await db.WorkLogs.AsNoTracking().Where(w => w.CaseId == id).OrderBy(w => w.At).ToListAsync(ct);
        return logs.Select(View).ToList();
    }

    private static WorkLogView View(WorkLog w) => new(w.Id.Value, w.CaseId.Value, w.UserId.Value, w.Minutes, w.At);
}
