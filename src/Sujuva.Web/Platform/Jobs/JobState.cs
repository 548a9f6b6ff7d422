namespace Sujuva.Web.Platform.Jobs;

/// <summary>Where a background job is: Pending until due and claimed, Running under a lease, then one of the three ends.</summary>
public enum JobState
{
    Pending,
    Running,
    Done,

    /// <summary>Every attempt failed (Jobs:MaxAttempts); LastError says why.</summary>
    Failed,

    /// <summary>Its business operation cancelled it by key before it was done.</summary>
    Cancelled,
}
