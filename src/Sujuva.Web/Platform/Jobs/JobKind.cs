using Sujuva.Web.Data;

namespace Sujuva.Web.Platform.Jobs;

/// <summary>A registered kind of job: its name (the payload type's) and how to run its handler.</summary>
public sealed record JobKind(string Name, Func<IServiceProvider, ClaimedJob, CancellationToken, Task> RunAsync)
{
    /// <summary>The stored Kind: renaming a payload record leaves its stored jobs without a handler (they fail).</summary>
    public static string NameOf<TPayload>() => typeof(TPayload).Name;

    public static JobKind For<TPayload>() where TPayload : class => new(NameOf<TPayload>(), (services, job, ct) =>
        services.GetRequiredService<IJobHandler<TPayload>>().HandleAsync(JsonColumn.Read<TPayload>(job.Payload), job, ct));
}
