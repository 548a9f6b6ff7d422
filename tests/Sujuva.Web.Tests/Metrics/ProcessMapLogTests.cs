using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;
using static Sujuva.Web.Tests.Metrics.TwoServiceLog;

namespace Sujuva.Web.Tests.Metrics;

/// <summary>The process map's log from the flow builder's memory against the export's log of the same events.</summary>
public sealed class ProcessMapLogTests
{
    private static readonly Pseudonyms Pseudonyms = Pseudonyms.WithKey("test key");

    [Fact]
    public void Build_TwoServiceLog_SameTracesAsTheExportWithoutWorkLogs()
    {
        var (fromMemory, exported) = Both(EventsWithReopen(), Stages, Day(30));

        Assert.Equal(exported, fromMemory);
        Assert.DoesNotContain(fromMemory, t => t.Activities.Contains(ExportedActivity.WorkLogged));
        Assert.Equal(["Queue", "Blocked: WaitingForDocuments", "Referral sent", "Referral sent", "Unblocked", "Referral declined",
            "Referral accepted", "Work", "Closed", "Queue", "Closed"], fromMemory[0].Activities);
    }

    [Fact]
    public void Build_PairWork_IsNoActivityInTheMapOrTheExport()
    {
        var (fromMemory, exported) = Both(EventsWithPairWork(), Stages, Day(30));
        var (withoutPairs, _) = Both(Events(), Stages, Day(30));

        Assert.Equal(exported, fromMemory);
        Assert.Equal(withoutPairs, fromMemory);
    }

    [Fact]
    public void Build_RenamedStageAndPeriodEnd_CurrentNameAndOnlyEventsBeforeTheEnd()
    {
        var renamed = Stages.ToDictionary(s => s.Key, s => s.Value.Name == "Work" ? s.Value with { Name = "Coaching" } : s.Value);

        var (fromMemory, exported) = Both(EventsWithReopen(), renamed, Day(2.5));

        Assert.Equal(exported, fromMemory);
        Assert.Equal("Coaching", fromMemory[0].Activities[^1]);
        Assert.Equal(["Waiting"], fromMemory[1].Activities);
    }

    private static (List<Trace> FromMemory, List<Trace> Exported) Both(IReadOnlyList<Event> events,
        IReadOnlyDictionary<StageId, StageInfo> stages, DateTime end)
    {
        var builder = new LiveFlowBuilder();
        builder.Apply(events, stages);
        var fromMemory = ProcessMapLog.Build(builder.Activities, [A, B], end, stages, Pseudonyms);
        var before = events.Where(e => e.At < end && e.Type != EventTypes.WorkLogged);
        var exported = ExportedLog.Build(before, stages, new Dictionary<ServiceId, string>(), Pseudonyms);
        return (Traces(fromMemory), Traces(exported));
    }

    private static List<Trace> Traces(Sujuva.Analytics.EventLogs.EventLog log) =>
    [
        .. Enumerable.Range(0, log.CaseCount).Select(c => new Trace(log.CaseIds[c],
            [.. Enumerable.Range(log.CaseStart(c), log.CaseEnd(c) - log.CaseStart(c)).Select(i => log.Activities[log.Activity[i]])],
            [.. Enumerable.Range(log.CaseStart(c), log.CaseEnd(c) - log.CaseStart(c)).Select(i => log.Timestamp[i])])),
    ];

    private sealed record Trace(string CaseId, List<string> Activities, List<long> Ticks)
    {
        public bool Equals(Trace? other) => other is not null && CaseId == other.CaseId
            && Activities.SequenceEqual(other.Activities) && Ticks.SequenceEqual(other.Ticks);

        public override int GetHashCode() => CaseId.GetHashCode(StringComparison.Ordinal);
    }
}
