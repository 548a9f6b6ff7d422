using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Demo;


/// <summary>
/// What every case's events must satisfy: it starts with CaseOpened and nothing comes before it;
/// times never go back; each move leaves the stage the case was in, for another stage of its own
/// board; a closed case changes again only by being reopened.
/// </summary>
public static class EventLogConsistency
{
    public static List<string> Violations(IReadOnlyList<EventDto> events, IReadOnlyList<ServiceDto> services)
    {
        var boards = services.ToDictionary(s => s.Id, s => s.Stages.Select(x => x.Id).ToHashSet());
        var violations = new List<string>();
        foreach (var history in events.Where(e => e.CaseId is not null).GroupBy(e => e.CaseId!.Value))
        {
            var list = history.OrderBy(e => e.Id).ToList();
            var problem = Check(list, boards);
            if (problem is not null) violations.Add($"case {history.Key}: {problem}");
            if (violations.Count >= 20) break;
        }
        return violations;
    }

    private static string? Check(List<EventDto> history, Dictionary<Guid, HashSet<Guid>> boards)
    {
        if (history[0].Type != "CaseOpened") return $"starts with {history[0].Type}";
        var board = boards[history[0].ServiceId!.Value];
        Guid? stage = history[0].StageId;
        var closed = false;
        for (var i = 1; i < history.Count; i++)
        {
            var e = history[i];
            if (e.At < history[i - 1].At) return $"{e.Type} #{e.Id} goes back in time";
            if (e.Type == "CaseOpened") return "opened twice";
            if (closed && e.Type is not ("CaseReopened" or "ReferralAccepted" or "ReferralDeclined"))
                return $"{e.Type} #{e.Id} after close";
            switch (e.Type)
            {
                case "CaseMoved":
                    var from = e.Payload.GetProperty("fromStageId").GetGuid();
                    if (from != stage) return $"move #{e.Id} from {from}, but the case was in {stage}";
                    if (!board.Contains(e.StageId!.Value) || e.StageId == stage) return $"move #{e.Id} to a bad stage";
                    stage = e.StageId;
                    break;
                case "CaseClosed":
                    closed = true;
                    break;
                case "CaseReopened":
                    if (!closed) return $"reopened #{e.Id} while open";
                    closed = false;
                    stage = e.StageId;
                    break;
                default:
                    if (e.StageId != stage) return $"{e.Type} #{e.Id} in stage {e.StageId}, case was in {stage}";
                    break;
            }
        }
        return null;
    }
}
