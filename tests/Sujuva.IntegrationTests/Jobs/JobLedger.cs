using System.Collections.Concurrent;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.IntegrationTests.Jobs;

/// <summary>Every attempt the test handler made, across all hosts of a test, and a signal per key when one succeeded.</summary>
public sealed class JobLedger
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _done = new();

    public sealed record Attempt(string Key, TestJob Payload, long FencingToken, int Number, bool Succeeded);

    public IReadOnlyList<Attempt> Attempts => [.. _attempts];

    public IReadOnlyList<Attempt> Succeeded => [.. _attempts.Where(a => a.Succeeded)];

    public void Record(ClaimedJob job, TestJob payload, bool succeeded)
    {
        _attempts.Enqueue(new Attempt(job.Key, payload, job.FencingToken, job.Attempt, succeeded));
        if (succeeded) Done(job.Key).TrySetResult();
    }

    /// <summary>Completes when the key's handler has succeeded once, on whichever runner.</summary>
    public Task SucceededAsync(string key) => Done(key).Task;

    private TaskCompletionSource Done(string key) =>
        _done.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
