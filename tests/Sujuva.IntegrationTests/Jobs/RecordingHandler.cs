using Sujuva.Web.Platform.Jobs;

namespace Sujuva.IntegrationTests.Jobs;

/// <summary>Records each attempt in the test's ledger; fails while the attempt is within the payload's Failures.</summary>
public sealed class RecordingHandler(JobLedger ledger) : IJobHandler<TestJob>
{
    public async Task HandleAsync(TestJob payload, ClaimedJob job, CancellationToken ct)
    {
        await Task.Yield();  // let two runners' claims interleave
        var fails = job.Attempt <= payload.Failures;
        ledger.Record(job, payload, succeeded: !fails);
        if (fails) throw new InvalidOperationException($"Attempt {job.Attempt} of {payload.Name} failed as planned.");
    }
}
