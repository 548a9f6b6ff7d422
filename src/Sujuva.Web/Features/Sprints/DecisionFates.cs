using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The live objects some decisions became, with their history, read in a few queries, so each decision's fate can be
/// told at any instant: an experiment's status from its ImprovementChanged events, a programme's enrolments from
/// their enrolment times, a board's stages now from the board and earlier from its ServiceCreated and BoardChanged
/// events (each records the board's stages after it).
/// </summary>
public sealed class DecisionFates
{
    private readonly Dictionary<ImprovementId, Improvement> _experiments;
    private readonly Dictionary<ImprovementId, List<(DateTime At, ImprovementStatus Status)>> _statuses;
    private readonly Dictionary<ProgrammeTemplateId, ProgrammeTemplate> _templates;
    private readonly List<(ProgrammeTemplateId Template, DateTime At)> _enrolments;
    private readonly Dictionary<ServiceId, string> _services;
    private readonly List<Boards.Stage> _stages;
    private readonly List<(ServiceId Service, DateTime At, IReadOnlyList<BoardStage> Stages)> _boards;
    private readonly DateTime _now;

    private DecisionFates(Dictionary<ImprovementId, Improvement> experiments,
        Dictionary<ImprovementId, List<(DateTime, ImprovementStatus)>> statuses, Dictionary<ProgrammeTemplateId, ProgrammeTemplate> templates,
        List<(ProgrammeTemplateId, DateTime)> enrolments, Dictionary<ServiceId, string> services, List<Boards.Stage> stages,
        List<(ServiceId, DateTime, IReadOnlyList<BoardStage>)> boards, DateTime now) =>
        (_experiments, _statuses, _templates, _enrolments, _services, _stages, _boards, _now) =
        (experiments, statuses, templates, enrolments, services, stages, boards, now);

    public static async Task<DecisionFates> LoadAsync(SujuvaDb db, IReadOnlyCollection<SprintDecision> decisions, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(decisions);
        var experimentIds = decisions.Where(d => d.ImprovementId is not null).Select(d => d.ImprovementId!.Value).ToList();
        var experiments = await db.Improvements.AsNoTracking().Where(i => experimentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var statuses = new Dictionary<ImprovementId, List<(DateTime, ImprovementStatus)>>();
        foreach (var id in experiments.Keys)
        {
            var text = id.Value.ToString();
            var changes = await db.Events.AsNoTracking()
                .Where(e => e.Type == EventTypes.ImprovementChanged && e.Payload.Contains(text)).OrderBy(e => e.Id).ToListAsync(ct);
            statuses[id] = [.. changes.Select(e => (e.At, StoredPayload.Read<ImprovementChanged>(e)))
                .Where(c => c.Item2.ImprovementId == id.Value).Select(c => (c.At, c.Item2.Status))];
        }

        var templateIds = decisions.Where(d => d.ProgrammeTemplateId is not null).Select(d => d.ProgrammeTemplateId!.Value).ToList();
        var templates = await db.ProgrammeTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var enrolments = (await db.ProgrammeEnrolments.AsNoTracking().Where(e => templateIds.Contains(e.TemplateId))
            .Select(e => new { e.TemplateId, e.EnrolledAt }).ToListAsync(ct)).Select(e => (e.TemplateId, e.EnrolledAt)).ToList();

        var serviceIds = decisions.Where(d => d.BoardServiceId is not null).Select(d => d.BoardServiceId!.Value).Distinct().ToList();
        var services = (await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.NameSv, s.NameEn }).ToListAsync(ct)).ToDictionary(s => s.Id, s => LocalName.Pick(s.Name, s.NameSv, s.NameEn));
        var stages = await db.Stages.AsNoTracking().Where(s => serviceIds.Contains(s.ServiceId) && s.ArchivedAt == null).ToListAsync(ct);
        var history = await db.Events.AsNoTracking().Where(e => e.ServiceId != null && serviceIds.Contains(e.ServiceId.Value)
            && (e.Type == EventTypes.BoardChanged || e.Type == EventTypes.ServiceCreated)).OrderBy(e => e.Id).ToListAsync(ct);
        var boards = history.Select(e => (e.ServiceId!.Value, e.At, e.Type == EventTypes.BoardChanged
            ? StoredPayload.Read<BoardChanged>(e).Stages : StoredPayload.Read<ServiceCreated>(e).Stages)).ToList();
        return new DecisionFates(experiments, statuses, templates, enrolments, services, stages, boards, now);
    }

    /// <summary>The decision's live object as it is now.</summary>
    public DecisionLink Link(SprintDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var stage = d.StageId is { } id ? _stages.FirstOrDefault(s => s.Id == id) : null;
        string? name = d switch
        {
            { ImprovementId: { } e } => _experiments.GetValueOrDefault(e)?.Title,
            { ProgrammeTemplateId: { } t } => _templates.TryGetValue(t, out var template) ? LocalName.Of(template) : null,
            { BoardServiceId: { } s } => _services.GetValueOrDefault(s),
            _ => null,
        };
        return new DecisionLink(d.ImprovementId?.Value, d.ProgrammeTemplateId?.Value, d.BoardServiceId?.Value, d.StageId?.Value,
            stage is null ? d.StageName : LocalName.Of(stage), name);
    }

    /// <summary>What had become of the decision at the instant (now, or a checkpoint that has come).</summary>
    public DecisionFate At(SprintDecision d, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(d);
        var pastDue = DayCount.LocalDate(at) > d.Due;
        switch (d.Kind)
        {
            case DecisionKind.TestFurther:
                if (d.ImprovementId is not { } e || !_experiments.TryGetValue(e, out var experiment) || experiment.CreatedAt > at)
                    return new(false, false, pastDue);
                var status = _statuses[e].Where(c => c.At <= at).Select(c => (ImprovementStatus?)c.Status).LastOrDefault() ?? ImprovementStatus.Planned;
                var act = experiment.Cycles.LastOrDefault(c => c.DecidedAt <= at);
                var started = status != ImprovementStatus.Planned;
                return new(true, started, pastDue && !started, status, act?.Decision, act?.DecisionReason);
            case DecisionKind.Adopt when d.ProgrammeTemplateId is { } t:
                if (!_templates.TryGetValue(t, out var template) || template.CreatedAt > at) return new(false, false, pastDue);
                var enrolled = _enrolments.Count(x => x.Template == t && x.At <= at);
                return new(true, enrolled > 0, pastDue && enrolled == 0, Enrolments: enrolled);
            case DecisionKind.Adopt when d.BoardServiceId is { } s:
                var exists = at >= _now ? _stages.Any(x => x.ServiceId == s && Matches(d, x.Id.Value, [x.Name, x.NameSv, x.NameEn]))
                    : _boards.LastOrDefault(b => b.Service == s && b.At <= at).Stages?.Any(x => Matches(d, x.StageId, [x.Name])) == true;
                return new(exists, exists, pastDue && !exists, StageExists: exists);
            default:
                return new(false, false, false);
        }
    }

    /// <summary>The decision's stage: the one it names by id, or a stage of that name (a new stage, compared without case).</summary>
    private static bool Matches(SprintDecision d, Guid stageId, IEnumerable<string?> names) => d.StageId is { } id
        ? id.Value == stageId
        : names.Any(n => n is not null && string.Equals(n.Trim(), d.StageName, StringComparison.CurrentCultureIgnoreCase));
}
