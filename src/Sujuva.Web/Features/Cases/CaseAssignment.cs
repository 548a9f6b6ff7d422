using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>Who has the case in hand: the worker shown on the card and the board's lanes.</summary>
public sealed partial class Case
{
    /// <summary>The log's type for a change of assignee (readers that do not know it skip it).</summary>
    public const string AssignedEvent = "CaseAssigned";

    /// <param name="worker">Null unassigns. The caller has checked that the worker is in the service's team.</param>
    public Refusal? AssignTo(UserId? worker, UserId by, DateTime at)
    {
        if (!IsOpen) return Closed();
        if (worker == AssigneeId)
            return Refusal.Rule("workerId", "Cases.AlreadyAssigned", "The case already has that assignee.");
        var previous = AssigneeId;
        AssigneeId = worker;
        Version++;
        Append(AssignedEvent, by, at, Payload.Of(new { workerId = worker?.Value, previousWorkerId = previous?.Value }));
        return null;
    }
}
