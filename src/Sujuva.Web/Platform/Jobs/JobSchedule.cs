using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// Scheduling and cancelling jobs inside the caller's own change (an outbox): nothing is written until the caller's
/// SaveChanges, so the job exists exactly when the business change that caused it does.
/// </summary>
public static class JobSchedule
{
    /// <summary>
    /// Makes the job with this key pending at dueAt with this payload: a new one, or the existing one rearmed
    /// whatever its state (a done reminder runs again at the new time). Its handler is the one registered for
    /// TPayload. When a runner claimed or finished the job meanwhile the caller's save is an edit conflict
    /// (TrySaveAsync); two saves scheduling a new key at once meet the key's unique index.
    /// </summary>
    public static async Task ScheduleJobAsync<TPayload>(this SujuvaDb db, string key, TPayload payload,
        DateTime dueAt, DateTime now, CancellationToken ct) where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, Job.MaxKey, nameof(key));
        var (kind, json) = (JobKind.NameOf<TPayload>(), JsonColumn.Write(payload));
        var job = await FindAsync(db, key, ct);
        if (job is null) db.Jobs.Add(Job.Create(kind, key, json, dueAt, now));
        else job.Rearm(kind, json, dueAt);
    }

    /// <summary>Cancels the job with this key unless it has ended; false when there was none to cancel.</summary>
    public static async Task<bool> CancelJobAsync(this SujuvaDb db, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var job = await FindAsync(db, key, ct);
        return job is not null && job.Cancel();
    }

    /// <summary>One scheduled earlier in the same change is not saved yet, so look among the tracked ones first.</summary>
    private static async Task<Job?> FindAsync(SujuvaDb db, string key, CancellationToken ct) =>
        db.Jobs.Local.FirstOrDefault(j => j.Key == key) ?? await db.Jobs.SingleOrDefaultAsync(j => j.Key == key, ct);
}
