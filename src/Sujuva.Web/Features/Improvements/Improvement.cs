using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// An improvement of the network's work (METRICS.md §9, §11): an experiment with PDSA cycles or an A3 development
/// assignment. The title states the problem, not the solution. Its measures are read from the live event log; each
/// started cycle's change date starts a phase of their charts. It holds no client personal data. Every edit checks
/// the version the editor saw (409 when stale) and records an event.
/// </summary>
public sealed partial class Improvement : Entity
{
    public ImprovementId Id { get; private set; }
    public ImprovementKind Kind { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>What are we trying to accomplish? (the Model for Improvement's first question).</summary>
    public string? Aim { get; private set; }
    public UserId OwnerId { get; private set; }
    public List<Guid> Participants { get; private set; } = [];
    public ScopeKind ScopeKind { get; private set; }
    public Guid? ScopeServiceId { get; private set; }
    public Guid? ScopeTeamId { get; private set; }
    public Guid? ScopeFromOrganisationId { get; private set; }
    public Guid? ScopeToOrganisationId { get; private set; }
    public ImprovementStatus Status { get; private set; }
    public string? StatusReason { get; private set; }

    /// <summary>The charts start here: the baseline is the whole weeks from this day to the first change date.</summary>
    public DateOnly MeasuredFrom { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public UserId CreatedBy { get; private set; }
    public List<ImprovementMeasure> Measures { get; private set; } = [];
    public List<PdsaCycle> Cycles { get; private set; } = [];

    /// <summary>The A3's sections; null for an experiment.</summary>
    public A3Sheet? Sheet { get; private set; }

    /// <summary>The A3 whose countermeasure this experiment tries, if any.</summary>
    public Guid? A3Id { get; private set; }
    public int Version { get; private set; }

    public ImprovementScope Scope => new(ScopeKind, ScopeServiceId, ScopeTeamId, ScopeFromOrganisationId, ScopeToOrganisationId);

    /// <summary>Adopted and abandoned improvements are finished; an adapted one goes on with its next cycle.</summary>
    public bool IsFinished => Status is ImprovementStatus.Adopted or ImprovementStatus.Abandoned;

    /// <summary>The change dates of the started cycles: each starts a phase of every chart.</summary>
    public IReadOnlyList<DateOnly> ChangeDates => [.. Cycles.Where(c => c.Started).Select(c => c.ChangeDate)];

    private Improvement() { }

    public static Outcome<Improvement> Create(ImprovementKind kind, string title, string? aim, UserId owner,
        IEnumerable<Guid> participants, ImprovementScope scope, DateOnly measuredFrom,
        IReadOnlyList<ImprovementMeasure> measures, Guid? a3Id, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (string.IsNullOrWhiteSpace(title)) return Refusal.Invalid("title", "Improvements.TitleMissing", "State the problem as the title.");
        if (MeasureRules.Check(measures) is { } refusal) return refusal;
        scope = scope.Normalised();
        var i = new Improvement
        {
            Id = new(Guid.CreateVersion7(at)), Kind = kind, Title = title.Trim(), Aim = Optional(aim), OwnerId = owner,
            Participants = [.. participants.Distinct()], ScopeKind = scope.Kind, ScopeServiceId = scope.ServiceId,
            ScopeTeamId = scope.TeamId, ScopeFromOrganisationId = scope.FromOrganisationId,
            ScopeToOrganisationId = scope.ToOrganisationId, Status = ImprovementStatus.Planned, MeasuredFrom = measuredFrom,
            CreatedAt = at, CreatedBy = by, Measures = [.. measures], A3Id = a3Id,
            Sheet = kind == ImprovementKind.A3 ? A3Sheet.Empty(Sujuva.Analytics.Flow.DayCount.LocalDate(at)) : null,
        };
        i.Record(new Event(new ImprovementCreated(i.Id.Value, kind, scope.Kind), at, by, null, ServiceOf(scope), null, null, null));
        return i;
    }

    /// <summary>The title, aim, owner, participants and, until a cycle has started, the start of the baseline.</summary>
    public Refusal? Edit(string title, string? aim, UserId owner, IEnumerable<Guid> participants, DateOnly measuredFrom,
        UserId by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(title)) return Refusal.Invalid("title", "Improvements.TitleMissing", "State the problem as the title.");
        if (measuredFrom != MeasuredFrom && Cycles.Any(c => c.Started))
            return Refusal.Rule("measuredFrom", "Improvements.BaselineLocked", "The baseline cannot move once a cycle has started.");
        (Title, Aim, OwnerId, Participants, MeasuredFrom) = (title.Trim(), Optional(aim), owner, [.. participants.Distinct()], measuredFrom);
        Changed(ImprovementChange.Edited, null, by, at);
        return null;
    }

    /// <summary>
    /// Replaces the measures. A measure a started cycle predicted for stays, with its kind, scope and stage (its
    /// target, direction and chart may change): the prediction was made about it.
    /// </summary>
    public Refusal? SetMeasures(IReadOnlyList<ImprovementMeasure> measures, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (MeasureRules.Check(measures) is { } refusal) return refusal;
        foreach (var locked in Cycles.Where(c => c.Started).SelectMany(c => c.Predictions).Select(p => p.MeasureId).Distinct())
        {
            var before = Measures.Single(m => m.Id == locked);
            var after = measures.FirstOrDefault(m => m.Id == locked);
            if (after is null || after.Kind != before.Kind || after.Scope != before.Scope || after.Stage != before.Stage)
                return Refusal.Rule("measures", "Improvements.MeasureLocked",
                    "A measure a started cycle made a prediction about cannot be removed or changed to another metric.");
        }

        Measures = [.. measures];
        Changed(ImprovementChange.MeasuresChanged, null, by, at);
        return null;
    }

    public Refusal? SetSheet(A3Sheet sheet, UserId by, DateTime at)
    {
        if (Kind != ImprovementKind.A3) return Refusal.Rule("kind", "Improvements.NotA3", "Only an A3 has an A3 sheet.");
        Sheet = sheet;
        Changed(ImprovementChange.SheetChanged, null, by, at);
        return null;
    }

    /// <summary>A countermeasure of this A3 is being tried by an experiment.</summary>
    public void TryCountermeasure(Guid countermeasure, Guid experiment, UserId by, DateTime at)
    {
        if (Sheet is null) return;
        Sheet = Sheet with
        {
            Countermeasures = [.. Sheet.Countermeasures.Select(c => c.Id == countermeasure ? c with { Experiment = experiment } : c)],
        };
        Changed(ImprovementChange.SheetChanged, null, by, at);
    }

    private void Changed(ImprovementChange change, int? cycle, UserId by, DateTime at)
    {
        Version++;
        Record(new Event(new ImprovementChanged(Id.Value, change, cycle, Status), at, by, null, ServiceOf(Scope), null, null, null));
    }

    private static ServiceId? ServiceOf(ImprovementScope scope) => scope.ServiceId is { } s ? new ServiceId(s) : null;

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
