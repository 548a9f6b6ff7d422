namespace Sujuva.Web.Features.WorkLogs;

/// <summary>Minutes of effort (touch time) by a worker on a case.</summary>
public sealed class WorkLog
{
    public WorkLogId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public UserId UserId { get; private set; }
    public int Minutes { get; private set; }
    public DateTime At { get; private set; }

    private WorkLog() { }

    public WorkLog(CaseId caseId, UserId userId, int minutes, DateTime at)
    {
        Id = new(Guid.CreateVersion7(at));
        CaseId = caseId;
        UserId = userId;
        Minutes = minutes;
        At = at;
    }
}
