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
    /// TPayload. When a runner claimed or finished the job meanwhile, TrySaveAsync applies this to the job as it is
    /// now and saves again (JobRebase); two saves scheduling a new key at once meet the key's unique index.
    /// </summary>
    public static Task ScheduleJobAsync<TPayload>(this SujuvaDb db, string key, TPayload payload,
        DateTime dueAt, DateTime now, CancellationToken ct) where TPayload : class =>
        db.ScheduleJobsAsync([(key, payload, dueAt)], now, ct);

    /// <summary>
    /// ScheduleJobAsync for many keys at once (an enrolment's reminder per session): the existing jobs are read in
    /// one query, not one per key.
    /// </summary>
    public static async Task ScheduleJobsAsync<TPayload>(this SujuvaDb db,
        IReadOnlyCollection<(string Key, TPayload Payload, DateTime DueAt)> jobs, DateTime now, CancellationToken ct) where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(jobs);
        foreach (var (key, _, _) in jobs)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, Job.MaxKey, nameof(jobs));
        }

        var kind = JobKind.NameOf<TPayload>();
        var existing = await FindAsync(db, [.. jobs.Select(j => j.Key)], ct);
        foreach (var (key, payload, dueAt) in jobs)
        {
            var json = JsonColumn.Write(payload);
            if (existing.GetValueOrDefault(key) is { } job) job.Rearm(kind, json, dueAt);
            else existing[key] = db.Jobs.Add(Job.Create(kind, key, json, dueAt, now)).Entity;
        }
    }

    /// <summary>Cancels the job with this key unless it has ended; false when there was none to cancel.</summary>
    public static async Task<bool> CancelJobAsync(this SujuvaDb db, string key, CancellationToken ct) =>
        await db.CancelJobsAsync([key], ct) == 1;

    /// <summary>CancelJobAsync for many keys at once, in one query; the number of jobs it cancelled.</summary>
    public static async Task<int> CancelJobsAsync(this SujuvaDb db, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        return (await FindAsync(db, keys, ct)).Values.Count(job => job.Cancel());
    }

    /// <summary>
    /// The jobs with these keys, by key. One scheduled earlier in the same change is not saved yet, so the tracked
    /// ones come first; the rest in one query.
    /// </summary>
    private static async Task<Dictionary<string, Job>> FindAsync(SujuvaDb db, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var found = db.Jobs.Local.Where(j => wanted.Contains(j.Key)).ToDictionary(j => j.Key, StringComparer.Ordinal);
        var missing = wanted.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            foreach (var job in await db.Jobs.Where(j => missing.Contains(j.Key)).ToListAsync(ct))
                found.TryAdd(job.Key, job);
        return found;
    }
}
