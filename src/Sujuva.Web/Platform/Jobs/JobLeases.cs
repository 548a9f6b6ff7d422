using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// The runner's writes to a job, each one conditional update (decision 0010). A claim is a compare-and-set on the
/// fencing token, so of several runners (one per app instance) exactly one wins a job; the holder's later writes
/// name the token it got, so after a takeover, a reschedule or a cancel they change nothing. Every write grows the
/// token, which is also what a business save of the job is checked against.
/// </summary>
internal static class JobLeases
{
    /// <summary>The earliest due job, now held by owner until the lease ends; null when none is due.</summary>
    public static async Task<ClaimedJob?> ClaimNextAsync(SujuvaDb db, string owner, DateTime now, JobsOptions options,
        CancellationToken ct)
    {
        while (true)
        {
            var seen = await Claimable(db, now).OrderBy(j => j.DueAt)
                .Select(j => new { j.Id, j.FencingToken, j.Attempts }).FirstOrDefaultAsync(ct);
            if (seen is null) return null;
            var token = seen.FencingToken + 1;
            if (seen.Attempts >= options.MaxAttempts)
            {
                // Its holder died or overran the lease on the last attempt: stop, or a job that kills its process never ends.
                await WriteAsync(db, Claimable(db, now).Where(j => j.Id == seen.Id && j.FencingToken == seen.FencingToken),
                    u => Ended(u, JobState.Failed, now, "The lease expired on the last attempt."), ct);
                continue;
            }
            var claimed = await WriteAsync(db, Claimable(db, now).Where(j => j.Id == seen.Id && j.FencingToken == seen.FencingToken),
                u => u.SetProperty(j => j.State, JobState.Running).SetProperty(j => j.LeaseOwner, owner)
                    .SetProperty(j => j.LeaseUntil, now + options.LeaseLength).SetProperty(j => j.FencingToken, token)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (claimed == 0) continue;  // another runner won it
            return await db.Jobs.AsNoTracking().Where(j => j.Id == seen.Id)
                .Select(j => new ClaimedJob(j.Id, j.Kind, j.Key, j.Payload, j.DueAt, token, j.Attempts)).SingleAsync(ct);
        }
    }

    /// <summary>False when the holder no longer holds it (taken over, rescheduled or cancelled): nothing changed.</summary>
    public static async Task<bool> CompleteAsync(SujuvaDb db, ClaimedJob job, DateTime now, CancellationToken ct) =>
        await WriteAsync(db, Held(db, job), u => Ended(u, JobState.Done, now, null), ct) == 1;

    /// <summary>Pending again at retryAt, the failure kept; false as for <see cref="CompleteAsync"/>.</summary>
    public static async Task<bool> RetryAsync(SujuvaDb db, ClaimedJob job, DateTime retryAt, string error, CancellationToken ct) =>
        await WriteAsync(db, Held(db, job), u => u.SetProperty(j => j.State, JobState.Pending).SetProperty(j => j.DueAt, retryAt)
            .SetProperty(j => j.LastError, error).SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null).SetProperty(j => j.FencingToken, j => j.FencingToken + 1), ct) == 1;

    /// <summary>Failed for good; false as for <see cref="CompleteAsync"/>.</summary>
    public static async Task<bool> FailAsync(SujuvaDb db, ClaimedJob job, DateTime now, string error, CancellationToken ct) =>
        await WriteAsync(db, Held(db, job), u => Ended(u, JobState.Failed, now, error), ct) == 1;

    /// <summary>Due and pending, or running on a lease that has run out (its holder died or overran it).</summary>
    private static IQueryable<Job> Claimable(SujuvaDb db, DateTime now) => db.Jobs.Where(j =>
        (j.State == JobState.Pending && j.DueAt <= now) || (j.State == JobState.Running && j.LeaseUntil < now));

    private static IQueryable<Job> Held(SujuvaDb db, ClaimedJob job) =>
        db.Jobs.Where(j => j.Id == job.Id && j.FencingToken == job.FencingToken && j.State == JobState.Running);

    /// <summary>A done job keeps the error of an earlier failed attempt, for operators.</summary>
    private static void Ended(UpdateSettersBuilder<Job> u, JobState state, DateTime now, string? error)
    {
        u.SetProperty(j => j.State, state).SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.FencingToken, j => j.FencingToken + 1);
        if (error is not null) u.SetProperty(j => j.LastError, error);
    }

    /// <summary>On SQLite every write of the process passes the write gate (Data/SujuvaDb.cs).</summary>
    private static async Task<int> WriteAsync(SujuvaDb db, IQueryable<Job> rows, Action<UpdateSettersBuilder<Job>> set,
        CancellationToken ct)
    {
        await using var write = await db.BeginWriteAsync(ct);
        var changed = await rows.ExecuteUpdateAsync(set, ct);
        await write.CommitAsync(ct);
        return changed;
    }
}
