using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The live object a decision became: its experiment, its programme template, or its board's service and stage
/// (StageId when an existing stage changes, StageName when the change adds one). Name: the experiment's title, the
/// programme's or the service's name in the reader's language, as they are now; null when it no longer exists.
/// </summary>
public sealed record DecisionLink(Guid? ImprovementId, Guid? ProgrammeTemplateId, Guid? BoardServiceId, Guid? StageId, string? StageName, string? Name);

/// <summary>
/// What had become of a decision at an instant, read from the live objects and their history. Live: its object
/// existed. Acted: something came of it (the experiment's first cycle started, the programme had an enrolment, the
/// board had the stage). Overdue: past its due date with nothing come of it (never for a drop).
/// ExperimentStatus and LastAct (with its reason): a test-further experiment's status and latest act decision.
/// Enrolments: an adopted programme's enrolments so far. StageExists: an adopted board change's stage was on the board.
/// </summary>
public sealed record DecisionFate(
    bool Live, bool Acted, bool Overdue, ImprovementStatus? ExperimentStatus = null, ActDecision? LastAct = null,
    string? LastActReason = null, int? Enrolments = null, bool? StageExists = null);

/// <summary>A decision as the sprint's decisions page shows it, with its fate now.</summary>
public sealed record SprintDecisionView(
    Guid Id, DecisionKind Kind, string What, PersonView Owner, DateOnly Due, string? Reason, string? Prediction, DecisionLink Link,
    DecisionFate Now, DateTime DecidedAt, PersonView DecidedBy, int Version);

/// <summary>One decision's fate at a checkpoint.</summary>
public sealed record DecisionAtCheckpoint(Guid DecisionId, DecisionFate Fate);

/// <summary>
/// A follow-up point 6 or 12 weeks after the sprint closed: its instant and local date, whether it has come, and then
/// each decision's fate as it was at that instant (empty until it comes).
/// </summary>
public sealed record DecisionCheckpoint(int Weeks, DateTime At, DateOnly On, bool Reached, IReadOnlyList<DecisionAtCheckpoint> Decisions);

/// <summary>
/// GET /api/sprints/{id}/decisions: the decisions with their fate now and the checkpoints (none until the sprint
/// closes). MayDecide: the reader may decide and edit (the Decider or the facilitator, while the sprint is open).
/// </summary>
public sealed record SprintDecisionsView(
    Guid SprintId, SprintStatus Status, DateTime? ClosedAt, int SprintVersion, bool MayDecide,
    IReadOnlyList<SprintDecisionView> Decisions, IReadOnlyList<DecisionCheckpoint> Checkpoints);
