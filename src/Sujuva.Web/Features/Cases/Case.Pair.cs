using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>Pair work: a second worker shares the case with its assignee, shown on the card beside them.</summary>
public sealed partial class Case
{
    /// <param name="worker">Null clears the pair. The caller has checked that the worker is in the service's team.</param>
    public Refusal? PairWith(UserId? worker, UserId by, DateTime at)
    {
        if (!IsOpen) return Closed();
        if (worker is null) return ClearPair(by, at);
        if (worker == PairId) return Refusal.Rule("pairId", "Cases.AlreadyPaired", "The case already has that pair.");
        // A pair is the second worker: the first one has the case in hand.
        if (AssigneeId is null)
            return Refusal.Rule("pairId", "Cases.PairWithoutAssignee", "Assign the case to a worker before giving it a pair.");
        if (worker == AssigneeId)
            return Refusal.Rule("pairId", "Cases.PairIsAssignee", "The pair must be another worker than the assignee.");
        var previous = PairId;
        PairId = worker;
        Version++;
        Append(new CasePaired(worker.Value.Value, previous?.Value), by, at);
        return null;
    }

    private Refusal? ClearPair(UserId by, DateTime at)
    {
        if (PairId is not { } pair) return Refusal.Rule("pairId", "Cases.NoPair", "The case has no pair.");
        PairId = null;
        Version++;
        Append(new CaseUnpaired(pair.Value), by, at);
        return null;
    }
}
