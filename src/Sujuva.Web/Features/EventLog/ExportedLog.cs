using Sujuva.Analytics.EventLogs;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// The live log as a process-mining event log (METRICS.md §8): one trace per case, case:concept:name a
/// case pseudonym, concept:name the stage entered (open, move, reopen) or what happened, org:resource the
/// worker's pseudonym, org:group the organisation. Case attributes: client (pseudonym) and service.
/// Stage names as activities let an analysis map them back to stages, so its flow figures equal the dashboard's.
/// </summary>
public static class ExportedLog
{
    public static Sujuva.Analytics.EventLogs.EventLog Build(IEnumerable<Event> events, IReadOnlyDictionary<StageId, StageInfo> stages,
        IReadOnlyDictionary<ServiceId, string> serviceNames, Pseudonyms pseudonyms)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        var log = new EventLogBuilder();
        foreach (var e in events.OrderBy(e => e.Id))
        {
            if (e.CaseId is not { } caseId || ExportedActivity.Of(e)?.Name(stages) is not { } activity) continue;
            var isNew = !log.TryGetCaseIndex(pseudonyms.Case(caseId), out var c);
            if (isNew)
            {
                c = log.CaseIndex(pseudonyms.Case(caseId));
                if (e.ClientPseudonym is { } client) log.SetCaseAttribute("client", c, new AttributeValue(AttributeKind.String, client));
                if (e.ServiceId is { } s && serviceNames.TryGetValue(s, out var name))
                    log.SetCaseAttribute("service", c, new AttributeValue(AttributeKind.String, name));
            }

            var row = log.Add(c, activity, DateTime.SpecifyKind(e.At, DateTimeKind.Utc).Ticks, null,
                e.ActorId == Actors.Client ? "client" : pseudonyms.Worker(e.ActorId), e.OrganisationId?.Value.ToString());
            log.SetEventAttribute("lifecycle:transition", row, new AttributeValue(AttributeKind.String, "complete"));
            if (e.Type == EventTypes.WorkLogged)
                log.SetEventAttribute("minutes", row, new AttributeValue(AttributeKind.Int,
                    StoredPayload.Read<WorkLogged>(e).Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return log.Build();
    }
}
