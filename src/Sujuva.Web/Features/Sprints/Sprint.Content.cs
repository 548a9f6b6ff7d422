using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The sprint's written content (METRICS.md §9): the long-term goal, the sprint questions, the map and its target
/// moment, the storyboard, the interview script and the prototype's link. It is edited as a whole with the version
/// the editor saw; the sketches, the prototype file and the test answers are rows of their own.
/// </summary>
public sealed partial class Sprint
{
    public const int MinStoryboard = 5;
    public const int MaxStoryboard = 15;

    public string LongTermGoal { get; private set; } = "";
    public List<SprintQuestion> Questions { get; private set; } = [];
    public string TargetMoment { get; private set; } = "";

    /// <summary>The map's actors, top to bottom on its left edge.</summary>
    public List<string> MapActors { get; private set; } = [];
    public List<SprintMapStep> MapSteps { get; private set; } = [];

    /// <summary>Empty until day 2's storyboard, then 5–15 frames.</summary>
    public List<string> Storyboard { get; private set; } = [];
    public string InterviewScript { get; private set; } = "";

    /// <summary>An http or https address of the prototype (a page on the city's web pages, a clickable mock-up).</summary>
    public string? PrototypeUrl { get; private set; }

    /// <summary>
    /// Replaces the content. Checked by <see cref="SprintContent"/>; the questions keep their ids, and a question's
    /// choice changes only by the Decider's hand.
    /// </summary>
    public Refusal? EditContent(SprintContent content, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (IsClosedRefusal() is { } closed) return closed;
        if (content.Check(this, by, at) is { } refusal) return refusal;
        (LongTermGoal, TargetMoment, InterviewScript, PrototypeUrl) =
            (content.LongTermGoal.Trim(), content.TargetMoment.Trim(), content.InterviewScript.Trim(), content.PrototypeUrl);
        Questions = [.. content.Resolved];
        MapActors = [.. content.MapActors];
        MapSteps = [.. content.MapSteps];
        Storyboard = [.. content.Storyboard];
        Changed(SprintChange.ContentChanged, null, by, at);
        return null;
    }

    /// <summary>
    /// Records a change of one of the sprint's artefact rows (a note, a vote, a sketch, a test answer) without bumping the version:
    /// the rows are their own, so two people adding at once never make each other's edit of the sprint stale.
    /// </summary>
    internal void Touched(SprintChange change, SprintExercise? exercise, UserId by, DateTime at) =>
        Record(new Event(new SprintChanged(Id.Value, change, exercise, Status), at, by, null, null, null, null, null));
}
