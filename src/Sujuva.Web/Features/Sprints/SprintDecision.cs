using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// One decision a sprint ends with: what was decided, who owns it and by when, and the live object it became, so the
/// sprint page can show at 6 and 12 weeks what came of it. Test further links the experiment created for it; adopt
/// links a programme template (an existing one or one created for it) or names a board's stage change (the service,
/// and the stage changed or, for a new stage, its name); drop keeps the reason. The Decider decides; the facilitator
/// may record it for them. The words, owner and due date are edited with the version seen (409 when stale) until the
/// sprint closes; the live object is its own feature's to change.
/// </summary>
public sealed class SprintDecision
{
    public SprintDecisionId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public DecisionKind Kind { get; private set; }
    public string What { get; private set; } = "";
    public UserId OwnerId { get; private set; }
    public DateOnly Due { get; private set; }

    /// <summary>Why it was dropped; optional words for the other kinds.</summary>
    public string? Reason { get; private set; }

    /// <summary>Test further: what the team expects the experiment to show.</summary>
    public string? Prediction { get; private set; }
    public ImprovementId? ImprovementId { get; private set; }
    public ProgrammeTemplateId? ProgrammeTemplateId { get; private set; }
    public ServiceId? BoardServiceId { get; private set; }
    public StageId? StageId { get; private set; }

    /// <summary>A board change's stage by name: the new stage it adds (or the existing one, when StageId is set).</summary>
    public string? StageName { get; private set; }
    public DateTime DecidedAt { get; private set; }
    public UserId DecidedBy { get; private set; }
    public int Version { get; private set; }

    private SprintDecision() { }

    /// <summary>
    /// A decision whose words and target are whole. A test-further decision gets its experiment, and an adoption as a new
    /// programme its template, once the operation has created them (<see cref="Became"/>).
    /// </summary>
    public static Outcome<SprintDecision> Create(SprintId sprint, DecisionKind kind, string what, UserId owner, DateOnly due,
        string? reason, string? prediction, DecisionTarget target, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Check(kind, what, reason) is { } refusal) return refusal;
        if (CheckTarget(kind, prediction, target) is { } badTarget) return badTarget;
        return new SprintDecision
        {
            Id = new(Guid.CreateVersion7(at)), SprintId = sprint, Kind = kind, What = what.Trim(), OwnerId = owner, Due = due,
            Reason = Optional(reason), Prediction = Optional(prediction), ProgrammeTemplateId = target.TemplateId,
            BoardServiceId = target.BoardServiceId, StageId = target.StageId, StageName = Optional(target.StageName),
            DecidedAt = at, DecidedBy = by, Version = 1,
        };
    }

    /// <summary>The live object created for the decision: a test-further decision's experiment, or a new programme template.</summary>
    internal void Became(ImprovementId? experiment, ProgrammeTemplateId? template)
    {
        ImprovementId = experiment ?? ImprovementId;
        ProgrammeTemplateId = template ?? ProgrammeTemplateId;
    }

    /// <summary>
    /// Test further: links an experiment its owner started after the decision (from the improvements' own page, on the
    /// decision's words), so the decision's fate follows it as if the decision had created it. Once linked it stays.
    /// </summary>
    public Refusal? LinkExperiment(Improvements.Improvement experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        if (Kind != DecisionKind.TestFurther)
            return Refusal.Rule("improvementId", "Sprints.NotTestFurther", "Only a test-further decision becomes an experiment.");
        if (experiment.Kind != Improvements.ImprovementKind.Experiment)
            return Refusal.Invalid("improvementId", "Sprints.NotAnExperiment", "Link an experiment.");
        if (ImprovementId is not null)
            return Refusal.Rule("improvementId", "Sprints.ExperimentLinked", "The decision already has its experiment.");
        ImprovementId = experiment.Id;
        return null;
    }

    public Refusal? Edit(string what, UserId owner, DateOnly due, string? reason)
    {
        if (Check(Kind, what, reason) is { } refusal) return refusal;
        (What, OwnerId, Due, Reason) = (what.Trim(), owner, due, Optional(reason));
        Version++;
        return null;
    }

    private static Refusal? Check(DecisionKind kind, string what, string? reason)
    {
        if (string.IsNullOrWhiteSpace(what)) return Refusal.Invalid("what", "Sprints.DecisionWhatMissing", "Say what was decided.");
        if (kind == DecisionKind.Drop && string.IsNullOrWhiteSpace(reason))
            return Refusal.Invalid("reason", "Sprints.DropReasonMissing", "Give the reason for dropping it.");
        return null;
    }

    /// <summary>Each kind takes only its own target: an adoption exactly one (a programme or a board's stage), the others none.</summary>
    private static Refusal? CheckTarget(DecisionKind kind, string? prediction, DecisionTarget t)
    {
        if (kind != DecisionKind.TestFurther && !string.IsNullOrWhiteSpace(prediction)) return NotForKind("prediction");
        if (kind != DecisionKind.TestFurther && t.ChangeDate is not null) return NotForKind("changeDate");
        if (kind != DecisionKind.Adopt)
            return t.Count == 0 && !t.NamesStage ? null : NotForKind(t.FirstField);
        if (t.Count != 1 || (t.BoardServiceId is null && t.NamesStage))
            return Refusal.Invalid(t.BoardServiceId is null && t.NamesStage ? "boardServiceId" : "templateId", "Sprints.AdoptTarget",
                "An adoption becomes one programme template (an existing or a new one) or one change of a board's stages.");
        if (t.BoardServiceId is not null && t.StageId is null && string.IsNullOrWhiteSpace(t.StageName))
            return Refusal.Invalid("stageName", "Sprints.StageMissing", "Name the stage the board change adds, or choose the stage it changes.");
        return null;
    }

    private static Refusal NotForKind(string field) =>
        Refusal.Invalid(field, "Sprints.NotForDecisionKind", "This field belongs to another kind of decision.");

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
