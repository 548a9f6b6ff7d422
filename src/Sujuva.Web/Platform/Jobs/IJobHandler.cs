namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// Does the work of jobs whose payload is TPayload; registered with <c>services.AddJobHandler&lt;TPayload, THandler&gt;()</c>
/// and resolved in a scope of its own per job. Delivery is at least once: a handler whose lease expires mid-way (its
/// process died or stalled) is run again elsewhere, so it should make its effect once per job, e.g. by recording
/// what it did under the job's key. Throwing fails the attempt: it is retried later, up to Jobs:MaxAttempts.
/// </summary>
public interface IJobHandler<in TPayload> where TPayload : class
{
    Task HandleAsync(TPayload payload, ClaimedJob job, CancellationToken ct);
}
