using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// An improvement's measure as a series, by the rules of METRICS.md §11, from the live flow (FlowCache) and the
/// feedback answers and the coaching sessions: the period is from the improvement's first baseline day to now, the phases start at its
/// started cycles' change dates. A case point's x is the case's pseudonym, as in the exported event log.
/// </summary>
public static class ImprovementSeries
{
    public static async Task<MeasureSeries> BuildAsync(SujuvaDb db, FlowCache cache, Pseudonyms pseudonyms, Improvement improvement,
        ImprovementMeasure measure, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentNullException.ThrowIfNull(improvement);
        ArgumentNullException.ThrowIfNull(measure);
        var from = DayCount.StartOfDayUtc(improvement.MeasuredFrom);
        var changes = new ChangeDates(improvement.ChangeDates);
        if (measure.Kind is MeasureKind.Csat or MeasureKind.MeanRating)
            return await FeedbackAsync(db, measure, from, now, changes, ct);
        if (measure.Kind is MeasureKind.NoShowRate or MeasureKind.SessionCsat)
            return await SessionsAsync(db, measure, from, now, changes, ct);
        var flow = await cache.CurrentAsync(db, ct);
        if (measure.Kind == MeasureKind.HandoffWait) return Handoffs(flow, pseudonyms, measure, from, now, changes);
        var cases = flow.CasesOf(await ScopeServices.OfAsync(db, measure.Scope, ct));
        var timelines = cases.Select(c => c.Timeline);
        return measure.Kind switch
        {
            MeasureKind.Throughput => MeasureSeries.WeeklyCounts(
                timelines.Where(t => t.Closed is { } c && c <= now).Select(t => t.Closed!.Value), from, now, changes),
            MeasureKind.Arrivals => MeasureSeries.WeeklyCounts(timelines.Select(t => t.Arrival), from, now, changes),
            MeasureKind.Wip => MeasureSeries.WeeklyWip(timelines.Select(t => new CaseSpan(t.Arrival, t.Closed)), from, now, changes),
            _ when measure.Aggregation == Aggregation.Individuals => MeasureSeries.Individuals(
                CaseValues.Of(Metric(measure.Kind), timelines, now, t => pseudonyms.Case(new CaseId(Guid.Parse(t.CaseId))), measure.Stage),
                from, now, changes),
            // Weekly medians need no case ids: the pseudonyms (an HMAC each) are left out of the hot path.
            _ => MeasureSeries.WeeklyMedians(CaseValues.Of(Metric(measure.Kind), timelines, now, t => t.CaseId, measure.Stage),
                from, now, changes),
        };
    }

    /// <summary>Handoff wait of one pair of organisations, per started referral: sent → the receiving case's first working entry.</summary>
    private static MeasureSeries Handoffs(LiveFlow flow, Pseudonyms pseudonyms, ImprovementMeasure measure, DateTime from, DateTime now,
        ChangeDates changes)
    {
        var (sender, receiver) = (measure.Scope.FromOrganisationId!.Value.ToString(), measure.Scope.ToOrganisationId!.Value.ToString());
        var values = flow.Handoffs
            .Where(h => h.Handoff.FromOrganisation == sender && h.Handoff.ToOrganisation == receiver && !h.Handoff.IsDeclined
                && h.Handoff.FirstWorkingInReceivingCase is { } s && s <= now && h.ReceivingCaseId is not null)
            .Select(h => new CaseValue(pseudonyms.Case(new CaseId(h.ReceivingCaseId!.Value)), h.Handoff.FirstWorkingInReceivingCase!.Value,
                DayCount.Elapsed(h.Handoff.Sent, h.Handoff.FirstWorkingInReceivingCase!.Value)));
        return measure.Aggregation == Aggregation.Individuals
            ? MeasureSeries.Individuals(values, from, now, changes)
            : MeasureSeries.WeeklyMedians(values, from, now, changes);
    }

    /// <summary>CSAT (ratings 4–5 of all answers, a P chart) or the mean rating per week, of the scope's services.</summary>
    private static async Task<MeasureSeries> FeedbackAsync(SujuvaDb db, ImprovementMeasure measure, DateTime from, DateTime now,
        ChangeDates changes, CancellationToken ct)
    {
        var answers = db.Set<FeedbackAnswer>().AsNoTracking().Where(a => a.AnsweredAt >= from && a.AnsweredAt < now);
        var scope = measure.Scope;
        answers = scope.Kind switch
        {
            ScopeKind.Service => answers.Where(a => a.ServiceId == new ServiceId(scope.ServiceId!.Value)),
            ScopeKind.Team => answers.Where(a => a.TeamId == new TeamId(scope.TeamId!.Value)),
            _ => answers,
        };
        var rows = await answers.Select(a => new { a.Id, a.AnsweredAt, a.Rating }).ToListAsync(ct);
        return measure.Kind == MeasureKind.Csat
            ? MeasureSeries.WeeklyProportions(rows.Select(a => new YesNo(a.AnsweredAt, a.Rating >= 4)), from, now, changes)
            : MeasureSeries.WeeklyMeans(rows.Select(a => new CaseValue(a.Id.Value.ToString(), a.AnsweredAt, a.Rating)), from, now, changes);
    }

    /// <summary>
    /// The coaching sessions of the scope's services (ScopeServices): no-shows / sessions due in the week of the session's
    /// start, or session CSAT in the week of the answer, as the programme figures count them (SessionOutcomes, SessionCsat).
    /// </summary>
    private static async Task<MeasureSeries> SessionsAsync(SujuvaDb db, ImprovementMeasure measure, DateTime from, DateTime now,
        ChangeDates changes, CancellationToken ct)
    {
        var services = await ScopeServices.OfAsync(db, measure.Scope, ct);
        var answers = measure.Kind == MeasureKind.NoShowRate
            ? SessionOutcomes.NoShows(await SessionOutcomes.SeatsAsync(db, services, null, from, now, ct))
            : SessionCsat.Satisfied(await SessionCsat.AnswersAsync(db, services, null, from, now, ct));
        return MeasureSeries.WeeklyProportions(answers, from, now, changes);
    }

    private static CaseMetric Metric(MeasureKind kind) => kind switch
    {
        MeasureKind.LeadTime => CaseMetric.LeadTime,
        MeasureKind.QueueTime => CaseMetric.QueueTime,
        MeasureKind.CycleTime => CaseMetric.CycleTime,
        MeasureKind.TimeInStage => CaseMetric.TimeInStage,
        MeasureKind.Effort => CaseMetric.Effort,
        MeasureKind.FlowEfficiencyStages => CaseMetric.FlowEfficiencyStages,
        MeasureKind.FlowEfficiencyEffort => CaseMetric.FlowEfficiencyEffort,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a case measure."),
    };
}
