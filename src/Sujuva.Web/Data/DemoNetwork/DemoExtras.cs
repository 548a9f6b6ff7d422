namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// What only the full demo adds to the simulated operations: case assignees, client feedback and a
/// year of staff pulse. ImprovementUtc is the run's SimulationOptions.ImprovementUtc, from which the
/// rehabilitative service's queue shortens and its clients and staff answer more positively.
/// </summary>
public sealed record DemoExtras(DateTime ImprovementUtc);
