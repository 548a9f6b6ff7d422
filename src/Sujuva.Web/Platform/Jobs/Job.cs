namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// A background job (decision 0010): saved in the same SaveChanges as the change that caused it, then claimed by one
/// runner at a time under a lease. Key names the business operation's job ("reminder:{session}:{case}") so the
/// operation can reschedule or cancel it. The runner changes a claimed job only with conditional updates
/// (<see cref="JobLeases"/>); business writes here are checked against FencingToken, which every runner write grows.
/// </summary>
public sealed class Job
{
    public Guid Id { get; private set; }

    /// <summary>The payload record's type name; its handler is registered for that type (JobsSetup.AddJobHandler).</summary>
    public string Kind { get; private set; } = "";

    public string Key { get; private set; } = "";
    public DateTime DueAt { get; private set; }

    /// <summary>The payload record as JSON (Data/JsonColumn).</summary>
    public string Payload { get; private set; } = "";

    public JobState State { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTime? LeaseUntil { get; private set; }

    /// <summary>Grows on every claim and every runner write, so a holder whose lease was taken over changes nothing.</summary>
    public long FencingToken { get; private set; }

    /// <summary>Claims so far, counting one whose holder died.</summary>
    public int Attempts { get; private set; }

    /// <summary>The last failure's type and message, for operators; never a stack trace.</summary>
    public string? LastError { get; private set; }

    public DateTime? CompletedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public const int MaxKey = 200;
    public const int MaxError = 1000;

    private Job() { }

    internal static Job Create(string kind, string key, string payload, DateTime dueAt, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now), Kind = kind, Key = key, Payload = payload, DueAt = dueAt,
        State = JobState.Pending, CreatedAt = now,
    };

    /// <summary>Pending again at the new time with the new payload, whatever it was: a done job runs again.</summary>
    internal void Rearm(string kind, string payload, DateTime dueAt)
    {
        (Kind, Payload, DueAt, State) = (kind, payload, dueAt, JobState.Pending);
        (LeaseOwner, LeaseUntil, Attempts, LastError, CompletedAt) = (null, null, 0, null, null);
    }

    /// <summary>False when it had already ended. A running handler is not stopped, but its completion changes nothing.</summary>
    internal bool Cancel()
    {
        if (State is not (JobState.Pending or JobState.Running)) return false;
        (State, LeaseOwner, LeaseUntil) = (JobState.Cancelled, null, null);
        return true;
    }
}
