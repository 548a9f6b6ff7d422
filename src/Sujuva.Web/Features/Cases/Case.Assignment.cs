using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>Who has the case in hand: the worker shown on the card and the board's lanes.</summary>
public sealed partial class Case
{
    /// <param name="worker">Null unassigns. The caller has checked that the worker is in the service's team.</param>
    public Refusal? AssignTo(UserId? worker, UserId by, DateTime at)
    {
        if (!IsOpen) return Closed();
        if (worker == AssigneeId)
            return Refusal.Rule("workerId", "Cases.AlreadyAssigned", "The case already has that assignee.");
        if (worker is not null && worker == PairId)
            return Refusal.Rule("workerId", "Cases.AssigneeIsPair", "The worker is the case's pair; clear the pair first.");
        var previous = AssigneeId;
        AssigneeId = worker;
        Version++;
        Append(new CaseAssigned(worker?.Value, previous?.Value), by, at);
        return null;
    }
}
