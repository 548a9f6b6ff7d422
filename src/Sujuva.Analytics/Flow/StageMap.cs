namespace Sujuva.Analytics.Flow;

/// <summary>
/// How an imported event log's activities map onto a board: an activity that enters a stage
/// (waiting or working, optionally renamed), and the activities that block, unblock and close a case.
/// </summary>
public sealed class StageMap
{
    private readonly Dictionary<string, (string Stage, StageKind Kind)> _stages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unblocked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);

    public StageMap Stage(string activity, StageKind kind, string? stage = null)
    {
        _stages[activity] = (stage ?? activity, kind);
        return this;
    }

    public StageMap Blocks(string activity)
    {
        _blocked.Add(activity);
        return this;
    }

    public StageMap Unblocks(string activity)
    {
        _unblocked.Add(activity);
        return this;
    }

    public StageMap Closes(string activity)
    {
        _closed.Add(activity);
        return this;
    }

    internal bool TryStage(string activity, out (string Stage, StageKind Kind) stage) => _stages.TryGetValue(activity, out stage);

    internal bool IsBlock(string activity) => _blocked.Contains(activity);

    internal bool IsUnblock(string activity) => _unblocked.Contains(activity);

    internal bool IsClose(string activity) => _closed.Contains(activity);
}
