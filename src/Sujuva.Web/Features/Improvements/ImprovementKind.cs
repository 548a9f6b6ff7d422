namespace Sujuva.Web.Features.Improvements;

/// <summary>An experiment (Model for Improvement with PDSA cycles) or an A3 development assignment (METRICS.md §9).</summary>
public enum ImprovementKind
{
    Experiment,
    A3,
}

/// <summary>Planned → running → studying → adopted, adapted (a next cycle follows) or abandoned.</summary>
public enum ImprovementStatus
{
    Planned,
    Running,
    Studying,
    Adopted,
    Adapted,
    Abandoned,
}

/// <summary>What a cycle's Act decides (METRICS.md §9).</summary>
public enum ActDecision
{
    Adopt,
    Adapt,
    Abandon,
}

/// <summary>Outcome (the primary one), process and balancing measures, as Life QI types them.</summary>
public enum MeasureRole
{
    Outcome,
    Process,
    Balancing,
}
