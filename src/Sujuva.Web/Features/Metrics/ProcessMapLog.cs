using Sujuva.Analytics.EventLogs;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// The process map's event log built from memory (<see cref="CaseActivities"/>) instead of the database:
/// the given cases' activities before the period's end, pseudonymous case ids, in log order — the same
/// traces, activities and times as <see cref="ExportedLog"/> builds from the events without work logs.
/// Resources, groups and attributes are left out: the map reads activities and times only.
/// </summary>
public static class ProcessMapLog
{
    public static Sujuva.Analytics.EventLogs.EventLog Build(CaseActivities activities, IEnumerable<CaseId> cases, DateTime end,
        IReadOnlyDictionary<StageId, StageInfo> stages, Pseudonyms pseudonyms) =>
        Collect(activities, cases, end).Build(stages, pseudonyms);

    /// <summary>
    /// Copies the cases' steps before the end out of the cache: the only part that must run while the cache
    /// is held (its activities are not a copy); sorting and building the log happen after it is let go.
    /// </summary>
    public static ProcessMapSteps Collect(CaseActivities activities, IEnumerable<CaseId> cases, DateTime end)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(cases);
        var ids = cases.ToArray();
        var rows = new List<(CaseActivities.Step Step, int Case)>();
        for (var c = 0; c < ids.Length; c++)
            foreach (var step in activities.Of(ids[c]))
                if (step.Ticks < end.Ticks) rows.Add((step, c));
        return new ProcessMapSteps(ids, rows, [.. activities.Keys]);
    }
}

/// <summary>The steps of a process map's cases, copied from <see cref="CaseActivities"/>, with the activity keys they index.</summary>
public sealed class ProcessMapSteps(CaseId[] ids, List<(CaseActivities.Step Step, int Case)> rows, ActivityKey[] keys)
{
    /// <param name="label">For a page: what a fixed activity text (not a stage) is called in the reader's language.</param>
    public Sujuva.Analytics.EventLogs.EventLog Build(IReadOnlyDictionary<StageId, StageInfo> stages, Pseudonyms pseudonyms,
        Func<string, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        // Log order across cases: cases and activities are met in the order the export meets them.
        rows.Sort(static (x, y) => x.Step.SequenceAndActivity.CompareTo(y.Step.SequenceAndActivity));
        var names = new string?[keys.Length];
        var index = new int[ids.Length];
        Array.Fill(index, -1);
        var log = new EventLogBuilder();
        foreach (var (step, c) in rows)
        {
            if (index[c] < 0) index[c] = log.CaseIndex(pseudonyms.Case(ids[c]));
            var a = step.Activity;
            log.Add(index[c], names[a] ??= keys[a] is { Stage: null, Text: { } text } && label is not null
                ? label(text) : keys[a].Name(stages), step.Ticks);
        }

        return log.Build();
    }
}
