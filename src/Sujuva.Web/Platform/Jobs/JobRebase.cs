using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Sujuva.Web.Platform.Jobs;

/// <summary>
/// A business change that cancels or re-arms a job can meet a runner's write to the same job between its read and
/// its save: a claim the moment the job fell due (a client cancelling as their reminder goes out), a completion.
/// The job's FencingToken then refuses the save. That is no edit conflict for the user, who changed something else:
/// the job is read again and the change applied to it as it is now, and the save is tried again (TrySaveAsync).
/// </summary>
public static class JobRebase
{
    /// <summary>True when every refused row was a job and each is now its current row with the change on it.</summary>
    public static async Task<bool> TryAsync(IReadOnlyList<EntityEntry> refused, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(refused);
        if (refused.Count == 0 || refused.Any(e => e.Entity is not Job)) return false;
        foreach (var entry in refused)
        {
            var job = (Job)entry.Entity;
            var (state, kind, payload, dueAt) = (job.State, job.Kind, job.Payload, job.DueAt);
            if (await entry.GetDatabaseValuesAsync(ct) is not { } current) return false;
            entry.OriginalValues.SetValues(current);
            entry.CurrentValues.SetValues(current);
            if (state == JobState.Cancelled) job.Cancel();
            else if (state == JobState.Pending) job.Rearm(kind, payload, dueAt);
        }
        return true;
    }
}
