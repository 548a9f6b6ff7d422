using Microsoft.Extensions.Options;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// Runs due jobs (decision 0010): every Jobs:PollInterval it claims the earliest due job under a lease, runs the
/// handler registered for its kind in a scope of its own, and records the result only if it still holds the job.
/// A failed attempt is retried after a doubling delay, up to Jobs:MaxAttempts; then the job is failed. One runner
/// per app instance; the instances share the job table safely.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IEnumerable<JobKind> kinds, IOptions<JobsOptions> options,
    TimeProvider clock, ILogger<JobRunner> log) : BackgroundService
{
    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly Dictionary<string, JobKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    private readonly JobsOptions _options = options.Value;

    /// <summary>This runner's name in a job's LeaseOwner: host, process and a suffix (two hosts may share a process).</summary>
    public string Owner { get; } = Truncated($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", 100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a while; the app serves what it can meanwhile.
                log.LogWarning(e, "Looking for due jobs failed; trying again in {Interval}.", _options.PollInterval);
            }
            // Stopping cancels this wait or the pass: a job being handled keeps its lease, and is taken over when it runs out.
            await Task.Delay(_options.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>
    /// Handles due jobs until none is left and returns how many it handled; one pass at a time per runner, so when
    /// it returns nothing this runner claimed is still in progress. Tests call it instead of waiting for the poll.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            var handled = 0;
            while (await RunNextAsync(ct)) handled++;
            return handled;
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var job = await JobLeases.ClaimNextAsync(db, Owner, Now(), _options, ct);
        if (job is null) return false;
        Exception? failure = null;
        try
        {
            if (!_kinds.TryGetValue(job.Kind, out var kind))
                throw new InvalidOperationException($"No handler is registered for jobs of kind {job.Kind}.");
            await using var handlerScope = scopes.CreateAsyncScope();
            await kind.RunAsync(handlerScope.ServiceProvider, job, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            failure = e;
        }
        // Recorded even while stopping: a finished job must not run again when its lease runs out.
        var held = failure is null
            ? await JobLeases.CompleteAsync(db, job, Now(), CancellationToken.None)
            : await RecordFailureAsync(db, job, failure);
        if (!held)
            log.LogWarning("Job {Kind} {Key} was taken over, rescheduled or cancelled while attempt {Attempt} ran; its result was not recorded.",
                job.Kind, job.Key, job.Attempt);
        return true;
    }

    private async Task<bool> RecordFailureAsync(SujuvaDb db, ClaimedJob job, Exception failure)
    {
        var error = Truncated($"{failure.GetType().Name}: {failure.Message}", Job.MaxError);
        if (job.Attempt >= _options.MaxAttempts)
        {
            log.LogError(failure, "Job {Kind} {Key} failed on attempt {Attempt}, the last.", job.Kind, job.Key, job.Attempt);
            return await JobLeases.FailAsync(db, job, Now(), error, CancellationToken.None);
        }
        var retryAt = Now() + _options.RetryDelayAfter(job.Attempt);
        log.LogWarning(failure, "Job {Kind} {Key} failed on attempt {Attempt}; retrying at {RetryAt:O}.", job.Kind, job.Key, job.Attempt, retryAt);
        return await JobLeases.RetryAsync(db, job, retryAt, error, CancellationToken.None);
    }

    private static string Truncated(string text, int length) => text.Length > length ? text[..length] : text;

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }
}
