using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A sprint ends with decisions (METRICS.md §9): recorded in its "next steps" exercise, and needed before it closes.</summary>
public sealed partial class Sprint
{
    /// <summary>A decision was made or edited: a closed sprint's decisions stay as they were.</summary>
    public Refusal? Decided(UserId by, DateTime at)
    {
        if (IsClosedRefusal() is { } closed) return closed;
        Changed(SprintChange.Decided, SprintExercise.NextSteps, by, at);
        return null;
    }

    /// <summary>Closes the sprint; without a decision there is nothing to follow up, so it cannot close.</summary>
    public Refusal? Close(int decisions, UserId by, DateTime at)
    {
        if (IsClosedRefusal() is { } closed) return closed;
        if (decisions == 0)
            return Refusal.Rule("decisions", "Sprints.NoDecisions",
                "A sprint closes with at least one decision: adopt, test further or drop, each with an owner and a due date.");
        (Status, ClosedAt) = (SprintStatus.Closed, at);
        Changed(SprintChange.Closed, null, by, at);
        return null;
    }
}
