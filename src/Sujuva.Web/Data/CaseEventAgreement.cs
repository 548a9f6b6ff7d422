using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Data;

/// <summary>What the start-up check found: how many cases it read and which disagree with their events.</summary>
public sealed record CaseEventAgreementView(int Cases, int Disagreeing, IReadOnlyList<Guid> Examples);

/// <summary>
/// Whether every case agrees with the event log, the truth the metrics read (issue 12): its Version is the
/// number of its events that changed it (CaseOpened sets 1, every move, block, unblock, assignment, pair change,
/// close and reopen adds 1; work and referral events change no version), and its stage is the stage of its last
/// event. Closing a blocked case logs an unblock and a close at the same time for one version, so those
/// count once. A change saved without its event (or an event without its change) breaks the agreement.
/// </summary>
public static class CaseEventAgreement
{
    private const int MaxExamples = 10;

    private static readonly string[] Changes =
    [
        EventTypes.CaseOpened, EventTypes.CaseMoved, EventTypes.CaseBlocked, EventTypes.CaseReopened, EventTypes.CaseAssigned,
        EventTypes.CasePaired, EventTypes.CaseUnpaired,
    ];

    private static readonly string[] Ends = [EventTypes.CaseUnblocked, EventTypes.CaseClosed];

    /// <summary>Three scans (cases, events grouped by case, each case's last event), compared in memory.</summary>
    public static async Task<CaseEventAgreementView> CheckAsync(SujuvaDb db, CancellationToken ct)
    {
        // An unblock and a close at one time are one change (a blocked case closed); every other has its own time.
        var perCase = db.Events.Where(e => e.CaseId != null).GroupBy(e => e.CaseId).Select(g => new
        {
            CaseId = g.Key,
            Changes = g.Count(e => Changes.Contains(e.Type))
                + g.Where(e => Ends.Contains(e.Type)).Select(e => e.At).Distinct().Count(),
            LastId = g.Max(e => e.Id),
        });
        var logged = await perCase.ToDictionaryAsync(p => p.CaseId!.Value, p => p.Changes, ct);
        var lastStages = await db.Events.Where(e => perCase.Select(p => p.LastId).Contains(e.Id))
            .ToDictionaryAsync(e => e.CaseId!.Value, e => e.StageId, ct);
        var cases = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.Version, c.StageId }).ToListAsync(ct);
        var disagreeing = cases
            .Where(c => c.Version != logged.GetValueOrDefault(c.Id) || lastStages.GetValueOrDefault(c.Id) != c.StageId)
            .Select(c => c.Id.Value).ToList();
        return new(cases.Count, disagreeing.Count, disagreeing.Take(MaxExamples).ToList());
    }
}

/// <summary>The start-up check's result, kept for GET /health.</summary>
public sealed class CaseEventAgreementResult
{
    public CaseEventAgreementView? Found { get; set; }
}
